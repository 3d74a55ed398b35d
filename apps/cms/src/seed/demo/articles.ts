/**
 * Demo content: articles: four published, one draft ("Brouillon"), together covering every block type.
 * The three newest published ones have an English version; the 2025 review and the draft stay French only.
 */
import { bold, bulletList, heading, link, numberedList, paragraph } from '../blocks';
import { CONTACT_EMAIL, DINUM, MISSION_AUTHOR, LEA, KARIM, MISSION_AUTHOR_EN, LEA_EN, KARIM_EN } from './shared';
import type { DemoArticle } from './types';

export const demoArticles: DemoArticle[] = [
  {
    slug: 'bilan-bluehats-semester-of-code-2025',
    title: 'BlueHats Semester of Code 2025 : le bilan d’un semestre de contributions',
    description:
      'Six stagiaires, six logiciels libres, six mois : retour sur la promotion 2025 du BlueHats Semester of Code, ce qu’elle a produit et ce que nous en retenons pour la suite.',
    date: '2025-09-25',
    authors: [LEA],
    tags: ['bsoc', 'contribution', 'communs-numeriques'],
    changeNotes: [
      {
        date: '2025-10-06T09:30:00.000Z',
        text: 'Mise à jour du 6 octobre 2025 : ajout des liens vers les contributions des six stagiaires, publiés après leur soutenance.',
      },
    ],
    status: 'published',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          paragraph(
            bold('Six stagiaires, six logiciels libres, six mois.'),
            ' De mars à août 2025, la promotion du BlueHats Semester of Code a contribué à des projets utilisés chaque jour par des administrations, des collectivités et des citoyens.',
          ),
          heading(2, 'Apprendre en contribuant'),
          paragraph(
            'Le principe du programme ne change pas : chaque étudiante ou étudiant rejoint un projet libre d’intérêt public, encadré par une personne qui le maintient. La mission logiciels libres de la DINUM accueille la promotion, organise le suivi et veille à ce que chacun progresse, dans son projet comme dans sa compréhension du monde du libre.',
          ),
          heading(3, 'Ce qui a bien fonctionné'),
          bulletList(
            [bold('Un point hebdomadaire écrit'), ' : quelques lignes sur l’avancement, les blocages et les liens vers les contributions.'],
            [bold('Des ateliers courts'), ' sur la licence, la relecture de code ou l’accessibilité, animés par des membres de la communauté.'],
            [bold('Une promotion soudée'), ' : les stagiaires se sont relus entre eux, même quand leurs projets n’avaient rien en commun.'],
          ),
          heading(3, 'Ce que nous allons améliorer'),
          paragraph(
            'Les premières semaines restent les plus difficiles : installer un projet inconnu prend du temps. Pour la prochaine promotion, nous demanderons aux projets de préparer une liste de premiers tickets avant l’arrivée des stagiaires. L’',
            link('/appels-a-projets/', 'appel à candidatures de la prochaine promotion'),
            ' détaille le calendrier.',
          ),
        ],
      },
      { __component: 'blocks.quote', quote: 'etudiante-bsoc' },
      { __component: 'blocks.video', video: 'bsoc-mentors', size: 'lg' },
      {
        __component: 'blocks.highlight',
        text: 'Chaque stagiaire a vu au moins une de ses contributions intégrée dans une version publiée du logiciel qu’il ou elle a rejoint.',
        size: 'md',
      },
      {
        __component: 'blocks.table',
        caption: 'Le calendrier de la promotion 2025',
        firstRowIsHeader: true,
        firstColumnIsHeader: true,
        rows: [
          { cells: 'Étape\nPériode\nCe qui se passe' },
          { cells: 'Appel à candidatures\nJanvier 2025\nLes projets proposent des sujets, les étudiantes et étudiants candidatent.' },
          { cells: 'Sélection\nFévrier 2025\nChaque projet choisit sa ou son stagiaire avec la mission.' },
          { cells: 'Stage\nMars à août 2025\nSix mois de contributions, un point écrit chaque semaine.' },
          { cells: 'Bilan\nSeptembre 2025\nPrésentation publique des contributions intégrées.' },
        ],
      },
      {
        __component: 'blocks.accordion',
        title: 'Questions fréquentes sur le programme',
        items: [
          {
            title: 'Qui peut candidater ?',
            content: [
              paragraph(
                'Les étudiantes et étudiants des écoles et universités partenaires qui cherchent un stage de fin d’études de six mois. Aucune expérience préalable du logiciel libre n’est demandée : la curiosité et l’envie d’apprendre comptent davantage.',
              ),
            ],
          },
          {
            title: 'Les stages sont-ils gratifiés ?',
            content: [
              paragraph(
                'Oui. La gratification est versée au montant légal, selon les modalités prévues dans la convention de stage signée avec l’établissement.',
              ),
            ],
          },
          {
            title: 'Comment un projet peut-il proposer un sujet ?',
            content: [
              paragraph(
                'Le projet doit être publié sous licence libre, avoir une utilité pour le service public et disposer d’une personne disponible pour encadrer le stage. Écrivez-nous pendant la période de préparation de l’appel.',
              ),
            ],
          },
        ],
      },
    ],
    seo: {
      metaTitle: 'Bilan du BlueHats Semester of Code 2025',
      metaDescription: 'Retour sur la promotion 2025 du BlueHats Semester of Code : six stagiaires, six logiciels libres d’intérêt public.',
    },
  },
  {
    slug: 'webinaire-ouvrir-le-code-source-de-son-administration',
    title: 'Retour sur le webinaire : ouvrir le code source de son administration',
    description:
      'Pourquoi publier le code produit par un service public, et comment s’y prendre sans y passer des mois : les points clés du dernier webinaire BlueHats.',
    date: '2025-11-18',
    authors: [MISSION_AUTHOR],
    tags: ['ateliers-et-webinaires', 'politique-publique', 'bluehats'],
    status: 'published',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          paragraph(
            'Plus de deux cents agentes et agents publics ont suivi en direct notre webinaire consacré à l’ouverture des codes sources. Voici ce qu’il fallait en retenir.',
          ),
          heading(2, 'Un principe posé par la loi'),
          paragraph(
            'Depuis la loi pour une République numérique de 2016, ',
            bold('le code source produit par une administration est un document administratif'),
            ' : il a vocation à être publié, sauf lorsque sa diffusion porterait atteinte, par exemple, à la sécurité des systèmes d’information. La question n’est donc plus de savoir s’il faut publier, mais comment bien le faire.',
          ),
          heading(2, 'Quatre étapes pour publier sereinement'),
          bulletList(
            'Vérifier que le dépôt ne contient ni secret (mot de passe, clé d’accès) ni donnée personnelle.',
            'Choisir une licence libre parmi celles que l’administration peut utiliser.',
            'Écrire un fichier README qui explique à quoi sert le code et comment l’installer.',
            ['Publier le dépôt sur une forge et le référencer sur ', link('https://code.gouv.fr', 'code.gouv.fr'), '.'],
          ),
          heading(3, 'Et après la publication ?'),
          paragraph(
            'Publier n’oblige pas à répondre à toutes les demandes. Indiquez clairement dans le README si le code est maintenu, et comment signaler un problème : c’est déjà une grande aide pour les personnes qui voudraient le réutiliser.',
          ),
        ],
      },
      { __component: 'blocks.video', video: 'webinaire-code-source', size: 'md' },
      {
        __component: 'blocks.quote',
        text: 'On imagine souvent qu’il faut un code impeccable avant de l’ouvrir. En réalité, un README honnête, qui dit ce que le code fait et ce qu’il ne fait pas, vaut mieux qu’une publication repoussée indéfiniment.',
        authorName: 'Julien Roche',
        authorRole: 'Intervenant du webinaire, développeur dans un établissement public',
      },
      { __component: 'blocks.quote', quote: 'cheffe-de-projet' },
      {
        __component: 'blocks.callout',
        title: 'Votre service publie déjà du code ?',
        text: 'Référencez l’organisation de votre service sur code.gouv.fr : d’autres administrations pourront trouver vos travaux, les réutiliser et y contribuer.',
        link: { label: 'Découvrir code.gouv.fr', url: 'https://code.gouv.fr' },
      },
    ],
    english: {
      slug: 'webinar-opening-up-your-administrations-source-code',
      title: 'Webinar recap: opening up your administration’s source code',
      description:
        'Why a public service should publish the code it produces, and how to do it without spending months on it: the key points of the latest BlueHats webinar.',
      authors: [MISSION_AUTHOR_EN],
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            paragraph('More than two hundred public servants followed our live webinar on opening up source code. Here is what to take away from it.'),
            heading(2, 'A principle set by law'),
            paragraph(
              'Since the 2016 Digital Republic Act, ',
              bold('source code produced by an administration is an administrative document'),
              ': it is meant to be published, unless releasing it would, for instance, put the security of information systems at risk. The question is no longer whether to publish, but how to do it well.',
            ),
            heading(2, 'Four steps to publish with confidence'),
            bulletList(
              'Check that the repository holds no secret (password, access key) and no personal data.',
              'Choose a free software licence from those an administration may use.',
              'Write a README file that explains what the code is for and how to install it.',
              ['Publish the repository on a forge and list it on ', link('https://code.gouv.fr', 'code.gouv.fr'), '.'],
            ),
            heading(3, 'And after publishing?'),
            paragraph(
              'Publishing does not oblige you to answer every request. Say clearly in the README whether the code is maintained and how to report a problem: that alone is a great help to anyone who would like to reuse it.',
            ),
          ],
        },
        { __component: 'blocks.video', video: 'webinaire-code-source', size: 'md' },
        {
          __component: 'blocks.quote',
          text: 'People often think code has to be spotless before it can be opened. In fact an honest README, saying what the code does and what it does not, is worth more than a release postponed forever.',
          authorName: 'Julien Roche',
          authorRole: 'Webinar speaker, developer at a public body',
        },
        { __component: 'blocks.quote', quote: 'cheffe-de-projet' },
        {
          __component: 'blocks.callout',
          title: 'Does your service already publish code?',
          text: 'List your service’s organisation on code.gouv.fr: other administrations will be able to find your work, reuse it and contribute to it.',
          link: { label: 'Visit code.gouv.fr', url: 'https://code.gouv.fr' },
        },
      ],
    },
  },
  {
    slug: 'atelier-premiere-contribution-logiciel-libre',
    title: 'Atelier BlueHats : réussir sa première contribution à un logiciel libre',
    description:
      'Trouver un ticket à sa mesure, proposer une modification, vivre sereinement la relecture : le déroulé de notre atelier d’initiation, à revoir en vidéo.',
    date: '2026-01-22',
    authors: [LEA, KARIM],
    tags: ['ateliers-et-webinaires', 'contribution'],
    status: 'published',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          paragraph(
            'Contribuer à un logiciel libre impressionne souvent plus qu’il ne le devrait. Pendant une heure et demie, une trentaine de participantes et participants ont franchi le pas avec nous, sur un projet choisi pour son accueil bienveillant.',
          ),
          heading(2, 'Le déroulé de l’atelier'),
          numberedList(
            'Lire le guide de contribution du projet et repérer les tickets marqués comme accessibles.',
            'Annoncer dans le ticket que l’on s’en occupe.',
            'Faire la modification sur une branche dédiée et lancer les tests.',
            'Ouvrir une demande de fusion claire, puis répondre à la relecture.',
          ),
          heading(3, 'Pas besoin d’écrire du code'),
          paragraph(
            'Plusieurs personnes ont choisi de corriger la documentation ou de reproduire un bogue signalé. Ces contributions sont ',
            bold('tout aussi utiles'),
            ' aux personnes qui maintiennent le projet.',
          ),
        ],
      },
      { __component: 'blocks.video', video: 'atelier-premiere-contribution', size: 'lg' },
      {
        __component: 'blocks.legacy-html',
        html: [
          '<div class="fr-grid-row fr-grid-row--gutters">',
          '  <div class="fr-col-12 fr-col-md-6">',
          '    <p><strong>Avant l’atelier</strong></p>',
          '    <p>Installez Git sur votre poste et créez un compte sur une forge publique. Aucune autre préparation n’est nécessaire.</p>',
          '  </div>',
          '  <div class="fr-col-12 fr-col-md-6">',
          '    <p><strong>Après l’atelier</strong></p>',
          '    <p>Gardez le ticket que vous avez commencé : l’équipe reste disponible sur le salon de discussion BlueHats pour vous aider à le terminer.</p>',
          '  </div>',
          '</div>',
        ].join('\n'),
        source: 'Page « Ateliers » de l’ancien site',
      },
      { __component: 'blocks.quote', quote: 'mentor-bsoc' },
      {
        __component: 'blocks.highlight',
        text: 'Une première contribution n’a pas besoin d’être du code : une documentation corrigée ou un bogue bien décrit aident tout autant.',
        size: 'lg',
      },
    ],
    // Without the French block of old-site markup: the English version was written for the new site.
    english: {
      slug: 'workshop-your-first-contribution-to-free-software',
      title: 'BlueHats workshop: making your first contribution to free software',
      description:
        'Finding an issue of the right size, proposing a change, going through the review calmly: how our introductory workshop went, with its recording.',
      authors: [LEA_EN, KARIM_EN],
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            paragraph(
              'Contributing to free software often feels more daunting than it should. For an hour and a half, some thirty participants took the plunge with us, on a project chosen for how warmly it welcomes newcomers.',
            ),
            heading(2, 'How the workshop went'),
            numberedList(
              'Read the project’s contribution guide and spot the issues marked as beginner-friendly.',
              'Say in the issue that you are taking it on.',
              'Make the change on a dedicated branch and run the tests.',
              'Open a clear merge request, then answer the review.',
            ),
            heading(3, 'No need to write code'),
            paragraph(
              'Several people chose to fix the documentation or to reproduce a reported bug. These contributions are ',
              bold('just as useful'),
              ' to the people who maintain the project.',
            ),
          ],
        },
        { __component: 'blocks.video', video: 'atelier-premiere-contribution', size: 'lg' },
        { __component: 'blocks.quote', quote: 'mentor-bsoc' },
        {
          __component: 'blocks.highlight',
          text: 'A first contribution does not have to be code: a corrected page of documentation or a well-described bug helps just as much.',
          size: 'lg',
        },
      ],
    },
  },
  {
    slug: 'rejoindre-la-communaute-bluehats',
    title: 'Rejoindre la communauté BlueHats',
    description:
      'Agentes et agents publics, prestataires, chercheuses et chercheurs, étudiantes et étudiants : comment participer à la communauté qui fait vivre le logiciel libre dans l’administration.',
    date: '2026-02-10',
    authors: [MISSION_AUTHOR],
    tags: ['bluehats', 'communs-numeriques', 'politique-publique'],
    status: 'published',
    // The old site's address of this text: the build writes a redirect from it to the new page.
    legacyPaths: '/fr/bluehats/rejoindre/\n/fr/blog/rejoindre-la-communaute/',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          paragraph(
            'Les BlueHats, ce sont toutes les personnes qui, dans le service public ou à ses côtés, utilisent, financent, développent ou défendent des logiciels libres. La communauté n’a pas de cotisation ni de carte de membre : on la rejoint en y participant.',
          ),
          heading(2, 'Qui sont les BlueHats ?'),
          bulletList(
            'Des développeuses et développeurs qui publient le code de leur administration.',
            'Des responsables de systèmes d’information qui choisissent et déploient des solutions libres.',
            'Des acheteuses et acheteurs publics qui financent la maintenance de logiciels libres.',
            'Des étudiantes et étudiants qui découvrent le service public en contribuant.',
          ),
          heading(2, 'Comment participer'),
          paragraph(
            'Le plus simple est de venir à un ',
            link('/articles/', 'atelier ou un webinaire'),
            ', de présenter un projet de votre administration ou de proposer un sujet de stage pour le ',
            bold('BlueHats Semester of Code'),
            '.',
          ),
        ],
      },
      {
        __component: 'blocks.highlight',
        text: 'Chaque logiciel libre utilisé par l’État est un commun : il gagne à ce que ses utilisateurs publics prennent part à son entretien.',
        size: 'md',
      },
      {
        __component: 'blocks.accordion',
        title: 'Vos questions',
        items: [
          {
            title: 'Faut-il savoir programmer ?',
            content: [
              paragraph(
                'Non. La communauté a autant besoin de personnes qui rédigent de la documentation, testent des versions, achètent du support ou font connaître les projets.',
              ),
            ],
          },
          {
            title: 'Mon administration doit-elle signer quelque chose ?',
            content: [
              paragraph(
                'Non, la participation est individuelle et libre. Si votre service souhaite s’engager davantage, par exemple en référençant ses logiciels, nous pouvons l’accompagner.',
              ),
            ],
          },
          {
            title: 'Où échanger avec les autres BlueHats ?',
            content: [
              paragraph(
                'Sur le salon de discussion de la communauté, lors des ateliers et par la lettre d’information. Écrivez-nous pour recevoir les liens d’accès.',
              ),
            ],
          },
        ],
      },
      {
        __component: 'blocks.callout',
        title: 'Une idée, une question ?',
        text: 'Vous portez un projet libre dans votre administration ou vous souhaitez proposer un atelier ? La mission logiciels libres de la DINUM vous répond.',
        link: { label: 'En savoir plus sur la mission', url: '/pages/a-propos/' },
      },
    ],
    english: {
      slug: 'join-the-bluehats-community',
      title: 'Join the BlueHats community',
      description:
        'Public servants, contractors, researchers and students: how to take part in the community that keeps free software alive in government.',
      authors: [MISSION_AUTHOR_EN],
      body: [
        {
          __component: 'blocks.rich-text',
          content: [
            paragraph(
              'The BlueHats are all the people who, in public service or alongside it, use, fund, develop or stand up for free software. The community has no fee and no membership card: you join it by taking part.',
            ),
            heading(2, 'Who are the BlueHats?'),
            bulletList(
              'Developers who publish their administration’s code.',
              'IT managers who choose and roll out free software solutions.',
              'Public buyers who pay for the maintenance of free software.',
              'Students who discover public service by contributing.',
            ),
            heading(2, 'How to take part'),
            paragraph(
              'The easiest way is to come to a ',
              link('/en/articles/', 'workshop or a webinar'),
              ', to present a project from your administration or to suggest an internship topic for the ',
              bold('BlueHats Semester of Code'),
              '.',
            ),
          ],
        },
        {
          __component: 'blocks.highlight',
          text: 'Every piece of free software the State uses is a commons: it is better off when its public users help to maintain it.',
          size: 'md',
        },
        {
          __component: 'blocks.accordion',
          title: 'Your questions',
          items: [
            {
              title: 'Do I need to know how to code?',
              content: [
                paragraph(
                  'No. The community needs just as many people who write documentation, test releases, buy support or spread the word about projects.',
                ),
              ],
            },
            {
              title: 'Does my administration have to sign anything?',
              content: [
                paragraph(
                  'No, taking part is individual and free. If your service wishes to commit further, for instance by listing its software, we can help.',
                ),
              ],
            },
            {
              title: 'Where can I talk with other BlueHats?',
              content: [
                paragraph('In the community chat room, at workshops and through the newsletter. Write to us to get the links.'),
              ],
            },
          ],
        },
        {
          __component: 'blocks.callout',
          title: 'An idea, a question?',
          text: 'Are you running a free software project in your administration, or would you like to offer a workshop? The DINUM’s free software unit will get back to you.',
          link: { label: 'More about the unit', url: '/en/pages/about/' },
        },
      ],
    },
  },
  {
    slug: 'brouillon-programme-des-ateliers-du-printemps',
    title: 'Brouillon : programme des ateliers BlueHats du printemps',
    description:
      'Texte en cours de rédaction : les dates et les thèmes des prochains ateliers ne sont pas encore arrêtés.',
    date: '2026-03-02',
    authors: [LEA],
    tags: ['ateliers-et-webinaires', 'bluehats'],
    status: 'draft',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          paragraph(
            bold('À relire avant publication.'),
            ' Cet article présentera les ateliers prévus au printemps. Les thèmes pressentis sont les suivants :',
          ),
          bulletList(
            'Choisir une licence libre pour un projet public.',
            'Tester l’accessibilité d’une application avec des outils libres.',
            'Financer la maintenance d’un logiciel libre dans un marché public.',
          ),
          paragraph('Dates, horaires et liens d’inscription à compléter.'),
        ],
      },
      {
        __component: 'blocks.callout',
        title: 'Proposer un atelier',
        text: 'Vous souhaitez animer une séance ? Écrivez-nous avant la fin du mois.',
        link: { label: 'Nous écrire', url: `mailto:${CONTACT_EMAIL}` },
      },
    ],
  },
];
