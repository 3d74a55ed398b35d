/**
 * Demo content: videos (invented player addresses, accepted by the provider rules of @bluehats/content-policy);
 * the two the English articles embed have an English version.
 */
import { bold, paragraph } from '../blocks';
import type { DemoVideo } from './types';

export const demoVideos: DemoVideo[] = [
  {
    key: 'bsoc-mentors',
    title: 'BlueHats Semester of Code : les mentors racontent',
    provider: 'peertube',
    embedUrl: 'https://tube.numerique.gouv.fr/videos/embed/8d2f6c1e-4b7a-4f3e-9a51-c0e7b2d94f18',
    caption:
      'Deux mentors du programme expliquent comment ils ont accueilli leur stagiaire et ce que leur projet y a gagné.',
    durationSeconds: 412,
    transcript: [
      paragraph(
        bold('Présentatrice : '),
        'Bonjour à toutes et à tous. Chaque année, le BlueHats Semester of Code met en relation des étudiantes et des étudiants avec des logiciels libres qui ont besoin de renfort. Aujourd’hui, deux mentors nous racontent comment s’est passé l’accueil de leur stagiaire.',
      ),
      paragraph(
        bold('Thomas Lefebvre : '),
        'Avant l’arrivée de notre stagiaire, nous avons préparé une dizaine de tickets, du plus simple au plus ambitieux. La première semaine, elle a surtout installé le projet et corrigé la documentation aux endroits où elle restait bloquée. C’est souvent la meilleure porte d’entrée : on découvre le code et on rend service tout de suite.',
      ),
      paragraph(
        bold('Claire Dubois : '),
        'De notre côté, nous faisons un point d’une demi-heure chaque semaine, en plus des échanges sur la forge. Le stagiaire écrit un court compte rendu : ce qu’il a fait, ce qui le bloque, ce qu’il prévoit ensuite. Cela nous évite de découvrir un problème trois semaines trop tard.',
      ),
      paragraph(
        bold('Présentatrice : '),
        'Et qu’est-ce que vos projets ont gagné ?',
      ),
      paragraph(
        bold('Thomas Lefebvre : '),
        'Des fonctionnalités, bien sûr, mais surtout un regard neuf. Une personne qui découvre le projet voit immédiatement ce qui est obscur pour les nouveaux venus. Nous avons simplifié notre procédure d’installation grâce à ses remarques.',
      ),
      paragraph(
        bold('Claire Dubois : '),
        'Et nous avons désormais une personne de plus qui connaît le projet et qui continue à contribuer de temps en temps, même après son stage. Pour un logiciel libre, c’est précieux.',
      ),
    ],
  },
  {
    key: 'webinaire-code-source',
    title: 'Webinaire BlueHats : ouvrir le code source de son administration (extrait)',
    provider: 'youtube',
    embedUrl: 'https://www.youtube-nocookie.com/embed/Xq7bLh2sPdE',
    caption:
      'Extrait du webinaire : pourquoi et comment publier les codes sources produits par un service public.',
    durationSeconds: 274,
    transcript: [
      paragraph(
        bold('Animateur : '),
        'Bienvenue dans ce webinaire BlueHats consacré à l’ouverture des codes sources. Nous allons voir ensemble pourquoi une administration publie son code, et comment s’y prendre sans y passer des mois.',
      ),
      paragraph(
        bold('Julien Roche : '),
        'Le premier point, c’est que le code source produit par une administration est un document administratif. Il a vocation à être publié, sauf exceptions, par exemple quand sa diffusion porterait atteinte à la sécurité des systèmes d’information. La question n’est donc pas vraiment « faut-il publier ? », mais « comment publier proprement ? ».',
      ),
      paragraph(
        bold('Julien Roche : '),
        'Concrètement, nous recommandons quatre étapes : vérifier que le dépôt ne contient ni mot de passe ni donnée personnelle, choisir une licence libre, écrire un fichier README qui explique à quoi sert le code, puis le publier sur une forge et le référencer pour que d’autres le trouvent.',
      ),
      paragraph(
        bold('Animateur : '),
        'Une question revient souvent dans le fil de discussion : faut-il attendre que le code soit parfait ?',
      ),
      paragraph(
        bold('Julien Roche : '),
        'Surtout pas. Un code publié avec une documentation honnête, qui dit ce qu’il fait et ce qu’il ne fait pas, est beaucoup plus utile qu’un code parfait qui ne sort jamais. Les retours des personnes qui le réutilisent vous aideront à l’améliorer.',
      ),
    ],
    english: {
      title: 'BlueHats webinar: opening up your administration’s source code (excerpt)',
      caption: 'An excerpt from the webinar: why and how a public service should publish the source code it produces.',
      transcript: [
        paragraph(
          bold('Host: '),
          'Welcome to this BlueHats webinar on opening up source code. Together we will look at why an administration publishes its code, and how to go about it without spending months on it.',
        ),
        paragraph(
          bold('Julien Roche: '),
          'The first point is that source code produced by an administration is an administrative document. As such it is meant to be published, with some exceptions, for instance when releasing it would put the security of information systems at risk. So the real question is not “should we publish?” but “how do we publish properly?”.',
        ),
        paragraph(
          bold('Julien Roche: '),
          'In practice we recommend four steps: check that the repository holds no password and no personal data, choose a free software licence, write a README file that explains what the code is for, then publish it on a forge and list it so that others can find it.',
        ),
        paragraph(bold('Host: '), 'One question keeps coming up in the chat: should you wait until the code is perfect?'),
        paragraph(
          bold('Julien Roche: '),
          'Certainly not. Code published with honest documentation, saying what it does and what it does not do, is far more useful than perfect code that never comes out. Feedback from the people who reuse it will help you improve it.',
        ),
      ],
    },
  },
  {
    key: 'atelier-premiere-contribution',
    title: 'Atelier BlueHats : réussir sa première contribution',
    provider: 'dailymotion',
    embedUrl: 'https://www.dailymotion.com/embed/video/x9bh4ts',
    caption:
      'Démonstration pas à pas : trouver un ticket accessible, proposer une modification et répondre à la relecture.',
    durationSeconds: 755,
    transcript: [
      paragraph(
        bold('Karim Haddad : '),
        'Dans cet atelier, nous allons faire ensemble une première contribution à un logiciel libre, du début à la fin. Je partage mon écran : nous sommes sur la page des tickets d’un projet qui accueille volontiers les nouvelles personnes.',
      ),
      paragraph(
        bold('Karim Haddad : '),
        'Première étape, trouver un ticket à sa mesure. Beaucoup de projets utilisent une étiquette comme « good first issue » ou « facile ». Avant de commencer, je laisse un commentaire pour dire que je m’en occupe : cela évite que deux personnes fassent le même travail.',
      ),
      paragraph(
        bold('Karim Haddad : '),
        'Deuxième étape, je crée une copie du dépôt, je fais ma modification sur une branche dédiée et je lance les tests. Ensuite, j’ouvre une demande de fusion en expliquant ce que j’ai changé et pourquoi, avec un lien vers le ticket.',
      ),
      paragraph(
        bold('Léa Moreau : '),
        'Et la relecture, comment la vivre ? Il est normal de recevoir des demandes de correction : ce n’est pas un jugement, c’est la façon dont le projet garde un code cohérent. On répond, on corrige, et on remercie les personnes qui ont pris le temps de relire.',
      ),
    ],
    english: {
      title: 'BlueHats workshop: making your first contribution',
      caption: 'A step-by-step demonstration: finding a beginner-friendly issue, proposing a change and answering the review.',
      transcript: [
        paragraph(
          bold('Karim Haddad: '),
          'In this workshop we will make a first contribution to a free software project together, from start to finish. I am sharing my screen: this is the issue tracker of a project that is happy to welcome newcomers.',
        ),
        paragraph(
          bold('Karim Haddad: '),
          'Step one is finding an issue of the right size. Many projects use a label such as “good first issue”. Before starting, I leave a comment saying I am working on it, so that two people do not end up doing the same work.',
        ),
        paragraph(
          bold('Karim Haddad: '),
          'Step two: I fork the repository, make my change on a dedicated branch and run the tests. Then I open a merge request that explains what I changed and why, with a link to the issue.',
        ),
        paragraph(
          bold('Léa Moreau: '),
          'And what about the review? Being asked for changes is normal: it is not a judgement, it is how the project keeps its code consistent. You reply, you fix, and you thank the people who took the time to review.',
        ),
      ],
    },
  },
];
