/** Demo content: quotes (fictional people); the two the English articles embed have an English version. */
import type { DemoQuote } from './types';

export const demoQuotes: DemoQuote[] = [
  {
    key: 'etudiante-bsoc',
    text:
      'Je pensais passer mon semestre seule devant mon écran. J’ai surtout appris à discuter : justifier un choix dans une demande de fusion, accepter une relecture exigeante, reprendre le travail le lendemain. Le jour où ma première contribution a été intégrée reste mon meilleur souvenir de stage.',
    authorName: 'Inès Garnier',
    authorRole: 'Étudiante en école d’ingénieurs, promotion BSOC 2025',
  },
  {
    key: 'mentor-bsoc',
    text:
      'Accueillir une stagiaire nous a obligés à écrire ce qui n’existait que dans nos têtes : comment installer le projet, par où commencer, qui décide de quoi. Cette documentation sert aujourd’hui à toutes les personnes qui nous rejoignent.',
    authorName: 'Thomas Lefebvre',
    authorRole: 'Mainteneur d’un logiciel libre utilisé par des collectivités, mentor BSOC',
    source: 'Atelier BlueHats « Réussir sa première contribution »',
    english: {
      text: 'Taking on an intern made us write down what had only lived in our heads: how to install the project, where to start, who decides what. That documentation now helps everyone who joins us.',
      authorRole: 'Maintainer of a free software package used by local authorities, BSOC mentor',
      source: 'BlueHats workshop “Making your first contribution”',
    },
  },
  {
    key: 'cheffe-de-projet',
    text:
      'Publier notre code n’a pas seulement été une obligation à remplir. Des collègues d’autres ministères ont relu nos scripts, signalé des erreurs et proposé des améliorations que nous n’aurions jamais eu le temps de faire seuls.',
    authorName: 'Nadia Benali',
    authorRole: 'Cheffe de projet numérique dans un service déconcentré de l’État',
    source: 'Webinaire BlueHats « Ouvrir le code source de son administration »',
    english: {
      text: 'Publishing our code turned out to be more than a box to tick. Colleagues from other ministries read our scripts, reported mistakes and suggested improvements we would never have found the time to make on our own.',
      authorRole: 'Digital project manager in a regional office of a French State service',
      source: 'BlueHats webinar “Opening up your administration’s source code”',
    },
  },
];
