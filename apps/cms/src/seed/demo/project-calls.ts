/**
 * Demo content: project calls: one open (dates relative to the seed time), with its English version,
 * and one closed (fixed dates in 2025), French only.
 */
import { bold, bulletList, heading, link, paragraph } from '../blocks';
import { CONTACT_EMAIL, PROGRAMME, DINUM, DINUM_EN, shiftDays } from './shared';
import type { DemoProjectCall } from './types';

/** YYYY-MM-DD of a date, in UTC. */
const dateOnly = (date: Date): string => date.toISOString().slice(0, 10);

/** Offsets, in days from the seed time, of the open call's window and programme. */
export const OPEN_CALL_OFFSETS = { opensAt: -10, closesAt: 30, programmeStartsOn: 90, programmeEndsOn: 271 } as const;

const bsoc2025: DemoProjectCall = {
  slug: 'bsoc-2025',
  title: 'BlueHats Semester of Code 2025 : appel à candidatures',
  programme: PROGRAMME,
  edition: '2025',
  summary:
    'Pendant six mois, des étudiantes et étudiants en fin de cursus ont contribué à des logiciels libres d’intérêt public, encadrés par leurs mainteneurs et accueillis par la mission logiciels libres de la DINUM. Les candidatures sont closes : découvrez le bilan de cette promotion.',
  body: [
    heading(2, 'Le principe'),
    paragraph(
      'Des projets libres utiles au service public proposent un sujet de stage. Les étudiantes et étudiants choisissent un ou deux sujets, candidatent, puis rencontrent les mentors pour vérifier que le stage leur convient. La promotion retenue travaille ensemble, accueillie par la mission logiciels libres de la DINUM.',
    ),
    heading(2, 'Calendrier'),
    bulletList(
      [bold('Candidatures'), ' : du 6 janvier au 7 février 2025.'],
      [bold('Entretiens avec les mentors'), ' : seconde quinzaine de février 2025.'],
      [bold('Stages'), ' : du 3 mars au 29 août 2025.'],
    ),
    heading(2, 'Ce que nous attendons des candidatures'),
    paragraph(
      'Quelques lignes sur ce qui vous attire dans le projet choisi, et un lien vers un travail dont vous êtes fier ou fière, même modeste. Nous ne cherchons pas des spécialistes du logiciel libre, mais des personnes motivées pour le découvrir.',
    ),
  ],
  opensAt: '2025-01-06T08:00:00.000Z',
  closesAt: '2025-02-07T22:59:00.000Z',
  applicationUrl: 'https://demarche.numerique.gouv.fr/commencer/bsoc-2025',
  programmeStartsOn: '2025-03-03',
  programmeEndsOn: '2025-08-29',
  partners: [
    { name: DINUM, url: 'https://www.numerique.gouv.fr' },
    { name: 'CentraleSupélec', url: 'https://www.centralesupelec.fr' },
  ],
  proposedProjects: [
    {
      name: 'OpenFisca',
      description:
        'Moteur de calcul libre qui transcrit la législation socio-fiscale en code et sert à simuler des droits et des prélèvements. Sujet proposé : rendre plus compréhensibles les messages d’erreur lors de l’écriture de formules et compléter la documentation des paramètres.',
      url: 'https://openfisca.org/fr/',
    },
    {
      name: 'Démarches simplifiées',
      description:
        'Plateforme qui permet aux administrations de dématérialiser leurs procédures sans développement. Sujet proposé : améliorer l’accessibilité des formulaires générés, en particulier la navigation au clavier et le lien entre champs et messages d’erreur.',
      url: 'https://github.com/demarches-simplifiees/demarches-simplifiees.fr',
    },
    {
      name: 'Open Food Facts',
      description:
        'Base de données collaborative et libre sur les produits alimentaires, réutilisée par des chercheurs et des services publics. Sujet proposé : fiabiliser l’import des données fournies par les producteurs et écrire les tests qui manquent.',
      url: 'https://world.openfoodfacts.org',
    },
  ],
  resultsArticle: 'bilan-bluehats-semester-of-code-2025',
  tags: ['bsoc', 'contribution'],
};

/** The open call, dated relative to `now`: opened 10 days ago, closes in 30 days. */
const openCall = (now: Date): DemoProjectCall => {
  const startsOn = shiftDays(now, OPEN_CALL_OFFSETS.programmeStartsOn);
  return {
    slug: 'bsoc-prochaine-promotion',
    title: 'BlueHats Semester of Code : candidatez pour la prochaine promotion',
    programme: PROGRAMME,
    edition: String(startsOn.getUTCFullYear()),
    summary:
      'Vous terminez vos études et vous voulez apprendre à contribuer à des logiciels libres utiles au service public ? Choisissez un projet parmi ceux proposés ci-dessous et candidatez pour un stage de six mois au sein de la prochaine promotion BlueHats.',
    body: [
      heading(2, 'Comment ça marche'),
      paragraph(
        'Des logiciels libres d’intérêt public proposent d’encadrer une stagiaire ou un stagiaire pendant six mois. Vous choisissez un ou deux sujets, vous candidatez avant la date de clôture, puis vous rencontrez les mentors. Les stages sont gratifiés et vous êtes accueilli ou accueillie avec le reste de la promotion par la mission logiciels libres de la DINUM.',
      ),
      heading(2, 'Pour candidater'),
      bulletList(
        'Une lettre courte : pourquoi ce projet, ce que vous espérez apprendre.',
        'Un lien vers un travail personnel ou scolaire, même inachevé.',
        'Vos disponibilités pour un entretien dans les deux semaines qui suivent la clôture.',
      ),
      heading(3, 'Vous portez un projet libre ?'),
      paragraph(
        'Les sujets de cette promotion sont fixés, mais nous préparons déjà la suivante. ',
        link(`mailto:${CONTACT_EMAIL}`, 'Écrivez-nous'),
        ' pour proposer un sujet et un ou une mentor.',
      ),
    ],
    opensAt: shiftDays(now, OPEN_CALL_OFFSETS.opensAt).toISOString(),
    closesAt: shiftDays(now, OPEN_CALL_OFFSETS.closesAt).toISOString(),
    applicationUrl: 'https://demarche.numerique.gouv.fr/commencer/bsoc-candidature',
    programmeStartsOn: dateOnly(startsOn),
    programmeEndsOn: dateOnly(shiftDays(now, OPEN_CALL_OFFSETS.programmeEndsOn)),
    partners: [
      { name: DINUM, url: 'https://www.numerique.gouv.fr' },
      { name: 'ADULLACT', url: 'https://adullact.org' },
    ],
    proposedProjects: [
      {
        name: 'Docs (La Suite numérique)',
        description:
          'Éditeur de documents collaboratif conçu pour les agents publics. Sujet proposé : améliorer l’export des documents dans des formats ouverts et écrire les tests de bout en bout correspondants.',
        url: 'https://github.com/suitenumerique/docs',
      },
      {
        name: 'Système de design de l’État (DSFR)',
        description:
          'Bibliothèque de composants d’interface utilisée par les sites publics. Sujet proposé : automatiser des vérifications d’accessibilité sur les exemples de composants et documenter les cas d’usage qui posent problème.',
        url: 'https://github.com/GouvernementFR/dsfr',
      },
      {
        name: 'Socle interministériel de logiciels libres (SILL)',
        description:
          'Catalogue des logiciels libres recommandés pour l’administration, tenu par les agents qui les utilisent. Sujet proposé : améliorer la recherche et la présentation des fiches, en lien avec les référents de chaque logiciel.',
        url: 'https://code.gouv.fr/sill/',
      },
    ],
    tags: ['bsoc', 'contribution', 'communs-numeriques'],
    english: {
      slug: 'bsoc-next-cohort',
      title: 'BlueHats Semester of Code: apply for the next cohort',
      programme: PROGRAMME,
      edition: String(startsOn.getUTCFullYear()),
      summary:
        'Finishing your studies and keen to learn how to contribute to free software that serves the public? Pick one of the projects below and apply for a six-month internship in the next BlueHats cohort.',
      body: [
        heading(2, 'How it works'),
        paragraph(
          'Free software projects of public interest offer to mentor an intern for six months. You choose one or two topics, apply before the closing date, then meet the mentors. Internships are paid, and you are welcomed with the rest of the cohort by the DINUM’s free software unit.',
        ),
        heading(2, 'To apply'),
        bulletList(
          'A short letter: why this project, and what you hope to learn.',
          'A link to a personal or school project, even an unfinished one.',
          'When you are free for an interview in the two weeks after the closing date.',
        ),
        heading(3, 'Do you run a free software project?'),
        paragraph(
          'The topics for this cohort are set, but we are already preparing the next one. ',
          link(`mailto:${CONTACT_EMAIL}`, 'Write to us'),
          ' to suggest a topic and a mentor.',
        ),
      ],
      partners: [
        { name: DINUM_EN, url: 'https://www.numerique.gouv.fr' },
        { name: 'ADULLACT', url: 'https://adullact.org' },
      ],
      proposedProjects: [
        {
          name: 'Docs (La Suite numérique)',
          description:
            'A collaborative document editor built for public servants. Suggested topic: improve the export of documents to open formats and write the matching end-to-end tests.',
          url: 'https://github.com/suitenumerique/docs',
        },
        {
          name: 'French State design system (DSFR)',
          description:
            'The library of interface components used by public websites. Suggested topic: automate accessibility checks on the component examples and document the use cases that cause problems.',
          url: 'https://github.com/GouvernementFR/dsfr',
        },
        {
          name: 'Interministerial free software base (SILL)',
          description:
            'The catalogue of free software recommended for government, kept up to date by the public servants who use it. Suggested topic: improve search and the way entries are shown, together with the contact person for each package.',
          url: 'https://code.gouv.fr/sill/',
        },
      ],
    },
  };
};

/** Both project calls; the open one is dated from `now`. */
export const demoProjectCalls = (now: Date): DemoProjectCall[] => [openCall(now), bsoc2025];
