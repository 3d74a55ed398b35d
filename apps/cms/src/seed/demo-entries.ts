/**
 * Demo content created on an empty database (see seed-demo-content.ts).
 *
 * Everything here is plain data written for this project, in French, for the free-software mission
 * of the DINUM (BlueHats community, BlueHats Semester of Code, workshops and webinars). People quoted
 * below are fictional; video addresses point to players that do not exist; the application address,
 * contact address and hosting provider are placeholders to replace before any real publication.
 *
 * References between entries use local keys (tag slugs, quote and video keys, article slugs) that the
 * seed turns into documentIds once the referenced entries exist. No media: cover, portrait, poster
 * and logo fields are left empty, and blocks.image is not used.
 */
import { bold, bulletList, heading, link, numberedList, paragraph, type Blocks } from './blocks';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type TagSlug =
  | 'bluehats'
  | 'bsoc'
  | 'contribution'
  | 'ateliers-et-webinaires'
  | 'politique-publique'
  | 'communs-numeriques';

export type QuoteKey = 'etudiante-bsoc' | 'mentor-bsoc' | 'cheffe-de-projet';

export type VideoKey = 'bsoc-mentors' | 'webinaire-code-source' | 'atelier-premiere-contribution';

export type ArticleSlug =
  | 'bilan-bluehats-semester-of-code-2025'
  | 'webinaire-ouvrir-le-code-source-de-son-administration'
  | 'atelier-premiere-contribution-logiciel-libre'
  | 'rejoindre-la-communaute-bluehats'
  | 'brouillon-programme-des-ateliers-du-printemps';

export type ProjectCallSlug = 'bsoc-prochaine-promotion' | 'bsoc-2025';

export type EventSlug =
  | 'rencontre-bluehats-collectivites'
  | 'webinaire-choisir-une-licence-libre'
  | 'webinaire-ouvrir-le-code-source';

// The accessibility statement is kept in the repository instead (apps/web/src/content/pages/accessibilite.mdx).
export type PageSlug = 'a-propos' | 'mentions-legales' | 'donnees-personnelles';

export type VideoProvider = 'peertube' | 'youtube' | 'dailymotion' | 'vimeo';

export type BlockSize = 'sm' | 'md' | 'lg';

export type DemoLink = { label: string; url: string };

export type DemoPerson = { name: string; role?: string };

export type DemoSeo = { metaTitle?: string; metaDescription?: string };

export type DemoTag = { slug: TagSlug; name: string; description: string };

export type DemoQuote = {
  /** Local key used by blocks.quote references; not stored. */
  key: QuoteKey;
  text: string;
  authorName: string;
  authorRole?: string;
  source?: string;
  sourceUrl?: string;
};

export type DemoVideo = {
  /** Local key used by blocks.video references; not stored. */
  key: VideoKey;
  title: string;
  provider: VideoProvider;
  embedUrl: string;
  caption: string;
  durationSeconds: number;
  transcript: Blocks;
};

export type RichTextBlock = { __component: 'blocks.rich-text'; content: Blocks };

/** Either a reference to a quote of the library, or a quote typed in for this page only. */
export type QuoteBodyBlock =
  | { __component: 'blocks.quote'; quote: QuoteKey }
  | { __component: 'blocks.quote'; text: string; authorName: string; authorRole?: string };

export type VideoBodyBlock = { __component: 'blocks.video'; video: VideoKey; size?: BlockSize };

export type CalloutBlock = { __component: 'blocks.callout'; title?: string; text: string; link?: DemoLink };

export type HighlightBlock = { __component: 'blocks.highlight'; text: string; size?: BlockSize };

export type AccordionBlock = {
  __component: 'blocks.accordion';
  title?: string;
  items: Array<{ title: string; content: Blocks }>;
};

export type LegacyHtmlBlock = { __component: 'blocks.legacy-html'; html: string; source?: string };

/** Cells are one per line of `cells`, as editors type them. */
export type TableBlock = {
  __component: 'blocks.table';
  caption: string;
  firstRowIsHeader: boolean;
  firstColumnIsHeader: boolean;
  rows: Array<{ cells: string }>;
};

export type DemoBodyBlock =
  | RichTextBlock
  | QuoteBodyBlock
  | VideoBodyBlock
  | CalloutBlock
  | HighlightBlock
  | AccordionBlock
  | TableBlock
  | LegacyHtmlBlock;

export type DemoArticle = {
  slug: ArticleSlug;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  authors: DemoPerson[];
  tags: TagSlug[];
  /** 'draft' entries are created without being published. */
  status: 'published' | 'draft';
  body: DemoBodyBlock[];
  seo?: DemoSeo;
  /** Paths of the old site that redirect to this article, one per line. */
  legacyPaths?: string;
};

export type DemoPartner = { name: string; url: string };

export type DemoProposedProject = { name: string; description: string; url: string };

export type DemoProjectCall = {
  slug: ProjectCallSlug;
  title: string;
  programme: string;
  edition: string;
  summary: string;
  body: Blocks;
  /** ISO 8601 date-times. */
  opensAt: string;
  closesAt: string;
  applicationUrl: string;
  /** YYYY-MM-DD */
  programmeStartsOn: string;
  programmeEndsOn: string;
  partners: DemoPartner[];
  proposedProjects: DemoProposedProject[];
  /** Slug of a published article that reports on the call's results. */
  resultsArticle?: ArticleSlug;
  tags: TagSlug[];
};

export type EventKind = 'webinaire' | 'rencontre' | 'atelier';

/** Times are ISO 8601 instants; the end is given either as endsAt or as durationMinutes. */
export type DemoEvent = {
  slug: EventSlug;
  title: string;
  kind: EventKind;
  summary: string;
  body: Blocks;
  startsAt: string;
  place?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  /** After the event: the recording, a video of the library. */
  recording?: VideoKey;
  /** After the event: the slides, a file the seed uploads (see demo-slides.ts). */
  slides?: 'support-webinaire-code-source';
} & ({ endsAt: string } | { durationMinutes: number });

export type DemoPage = { slug: PageSlug; title: string; description: string; body: DemoBodyBlock[]; seo?: DemoSeo };

export type AccessibilityStatus = 'non-conforme' | 'partiellement-conforme' | 'totalement-conforme';

export type DemoSiteSettings = {
  siteName: string;
  tagline: string;
  brandTop: string;
  operatorName: string;
  footerDescription: string;
  accessibilityStatus: AccessibilityStatus;
  licence: string;
  contactEmail: string;
  defaultSeo: DemoSeo;
};

export type DemoNavigation = { mainMenu: DemoLink[]; footerLinks: DemoLink[]; legalLinks: DemoLink[] };

// ---------------------------------------------------------------------------------------------
// Shared values
// ---------------------------------------------------------------------------------------------

/** Placeholder address: check it with the mission before going live. */
export const CONTACT_EMAIL = 'bluehats@numerique.gouv.fr';

const PROGRAMME = 'BlueHats Semester of Code';

const DINUM = 'Direction interministérielle du numérique (DINUM)';

const MISSION_AUTHOR: DemoPerson = { name: 'Mission logiciels libres', role: 'DINUM' };

const LEA: DemoPerson = { name: 'Léa Moreau', role: 'Chargée de mission communauté BlueHats, DINUM' };

const KARIM: DemoPerson = { name: 'Karim Haddad', role: 'Développeur, mission logiciels libres' };

// ---------------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------------

export const demoTags: DemoTag[] = [
  {
    slug: 'bluehats',
    name: 'BlueHats',
    description:
      'La communauté des agentes et agents publics qui utilisent, financent ou développent des logiciels libres, et de toutes les personnes qui les accompagnent.',
  },
  {
    slug: 'bsoc',
    name: 'BlueHats Semester of Code',
    description:
      'Le programme de stages qui permet à des étudiantes et étudiants de contribuer pendant un semestre à des logiciels libres d’intérêt public.',
  },
  {
    slug: 'contribution',
    name: 'Contribution',
    description:
      'Corriger, documenter, traduire, tester, relire : toutes les façons d’apporter sa pierre à un projet libre.',
  },
  {
    slug: 'ateliers-et-webinaires',
    name: 'Ateliers et webinaires',
    description:
      'Rendez-vous en ligne ou en présentiel pour apprendre, partager une pratique ou présenter un projet à la communauté.',
  },
  {
    slug: 'politique-publique',
    name: 'Politique publique du logiciel libre',
    description:
      'Cadre juridique, doctrine et outils qui encouragent l’usage et la publication de logiciels libres dans l’administration.',
  },
  {
    slug: 'communs-numeriques',
    name: 'Communs numériques',
    description:
      'Ressources partagées et gouvernées par leurs communautés, que l’administration utilise et aide à entretenir.',
  },
];

// ---------------------------------------------------------------------------------------------
// Quotes (fictional people)
// ---------------------------------------------------------------------------------------------

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
  },
  {
    key: 'cheffe-de-projet',
    text:
      'Publier notre code n’a pas seulement été une obligation à remplir. Des collègues d’autres ministères ont relu nos scripts, signalé des erreurs et proposé des améliorations que nous n’aurions jamais eu le temps de faire seuls.',
    authorName: 'Nadia Benali',
    authorRole: 'Cheffe de projet numérique dans un service déconcentré de l’État',
    source: 'Webinaire BlueHats « Ouvrir le code source de son administration »',
  },
];

// ---------------------------------------------------------------------------------------------
// Videos (invented player addresses, accepted by the provider rules of @bluehats/content-policy)
// ---------------------------------------------------------------------------------------------

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
  },
];

// ---------------------------------------------------------------------------------------------
// Articles: four published, one draft ("Brouillon"), together covering every block type
// ---------------------------------------------------------------------------------------------

export const demoArticles: DemoArticle[] = [
  {
    slug: 'bilan-bluehats-semester-of-code-2025',
    title: 'BlueHats Semester of Code 2025 : le bilan d’un semestre de contributions',
    description:
      'Six stagiaires, six logiciels libres, six mois : retour sur la promotion 2025 du BlueHats Semester of Code, ce qu’elle a produit et ce que nous en retenons pour la suite.',
    date: '2025-09-25',
    authors: [LEA],
    tags: ['bsoc', 'contribution', 'communs-numeriques'],
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

// ---------------------------------------------------------------------------------------------
// Project calls: one open (dates relative to the seed time), one closed (fixed dates in 2025)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

const shiftDays = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY_MS);

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
  };
};

/** Both project calls; the open one is dated from `now`. */
export const demoProjectCalls = (now: Date): DemoProjectCall[] => [openCall(now), bsoc2025];

// ---------------------------------------------------------------------------------------------
// Events: two to come (dated relative to the seed time), one past with its recording and slides
// ---------------------------------------------------------------------------------------------

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
const parisOffsetMinutes = (instant: Date): number => {
  const parts = Object.fromEntries(parisParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
};

/** The instant it is hour:minute in Paris, `days` days after `now`'s calendar day. */
const parisTimeInDays = (now: Date, days: number, hour: number, minute = 0): string => {
  const day = shiftDays(now, days);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  return new Date(wall - parisOffsetMinutes(new Date(wall)) * 60_000).toISOString();
};

/** Offsets, in days from the seed time, of the two events to come. */
export const UPCOMING_EVENT_OFFSETS = { rencontre: 21, webinaire: 45 } as const;

const pastWebinar: DemoEvent = {
  slug: 'webinaire-ouvrir-le-code-source',
  title: 'Webinaire : ouvrir le code source de son administration',
  kind: 'webinaire',
  summary:
    'Une heure pour comprendre ce que la loi demande, préparer un dépôt à la publication et choisir une licence. L’enregistrement et le support sont en ligne.',
  body: [
    heading(2, 'Au programme'),
    bulletList(
      'Pourquoi le code source d’une administration est un document administratif.',
      'Vérifier un dépôt avant de le rendre public : secrets, données personnelles, dépendances.',
      'Choisir une licence parmi celles que l’administration peut utiliser.',
      'Référencer le dépôt sur code.gouv.fr.',
    ),
    paragraph(
      'Les points clés sont repris dans l’article ',
      link('/articles/webinaire-ouvrir-le-code-source-de-son-administration/', 'Retour sur le webinaire'),
      '.',
    ),
  ],
  startsAt: '2025-11-13T10:00:00.000Z',
  endsAt: '2025-11-13T11:00:00.000Z',
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/bluehats-code-source',
  recording: 'webinaire-code-source',
  slides: 'support-webinaire-code-source',
};

const upcomingMeetup = (now: Date): DemoEvent => ({
  slug: 'rencontre-bluehats-collectivites',
  title: 'Rencontre BlueHats : les logiciels libres dans les collectivités',
  kind: 'rencontre',
  summary:
    'Un après-midi d’échanges entre agentes et agents de l’État et des collectivités qui utilisent ou développent des logiciels libres. Sur place à Paris, ou à distance.',
  body: [
    heading(2, 'Déroulé'),
    bulletList(
      '14 h : accueil et tour de table.',
      '14 h 30 : trois retours d’expérience de collectivités, quinze minutes chacun.',
      '15 h 30 : ateliers en petits groupes sur la mutualisation des développements.',
      '16 h 30 : mise en commun, puis moment convivial.',
    ),
    paragraph('La rencontre est gratuite ; l’inscription permet de prévoir la salle et d’envoyer le lien de connexion.'),
  ],
  startsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.rencontre, 14),
  endsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.rencontre, 17),
  place: 'DINUM, 20 avenue de Ségur, 75007 Paris',
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/rencontre-bluehats',
  registrationUrl: 'https://demarche.numerique.gouv.fr/commencer/rencontre-bluehats',
});

const upcomingWebinar = (now: Date): DemoEvent => ({
  slug: 'webinaire-choisir-une-licence-libre',
  title: 'Webinaire : choisir une licence libre pour un projet public',
  kind: 'webinaire',
  summary:
    'Quelles licences une administration peut-elle utiliser, et comment choisir entre elles ? Une heure d’explications et de questions, en ligne.',
  body: [
    paragraph(
      'Nous présenterons les licences que les administrations peuvent utiliser, les critères qui aident à choisir, puis nous répondrons à vos questions.',
    ),
  ],
  startsAt: parisTimeInDays(now, UPCOMING_EVENT_OFFSETS.webinaire, 11),
  durationMinutes: 60,
  onlineUrl: 'https://webinaire.numerique.gouv.fr/meeting/bluehats-licences',
  registrationUrl: 'https://demarche.numerique.gouv.fr/commencer/webinaire-licences',
});

/** The three demo events; the two to come are dated from `now`. */
export const demoEvents = (now: Date): DemoEvent[] => [upcomingMeetup(now), upcomingWebinar(now), pastWebinar];

// ---------------------------------------------------------------------------------------------
// Reference pages
// ---------------------------------------------------------------------------------------------

export const demoPages: DemoPage[] = [
  {
    slug: 'a-propos',
    title: 'À propos',
    description:
      'La mission logiciels libres de la DINUM et la communauté BlueHats : qui nous sommes et ce que vous trouverez sur ce site.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'La mission logiciels libres'),
          paragraph(
            'Au sein de la ',
            bold('Direction interministérielle du numérique (DINUM)'),
            ', la mission logiciels libres aide les administrations à utiliser des logiciels libres, à publier les codes sources qu’elles produisent et à contribuer aux projets dont elles dépendent.',
          ),
          heading(2, 'Ce que vous trouverez ici'),
          bulletList(
            [link('/articles/', 'Des articles'), ' : actualités, retours d’expérience, comptes rendus d’ateliers et de webinaires.'],
            [link('/appels-a-projets/', 'Des appels à projets'), ', dont le BlueHats Semester of Code.'],
            [link('/evenements/', 'Les événements'), ' : webinaires et rencontres à venir, enregistrements des précédents.'],
            'Des témoignages de personnes qui font vivre le logiciel libre dans le service public.',
          ),
          heading(2, 'La communauté BlueHats'),
          paragraph(
            'Les BlueHats rassemblent toutes celles et ceux qui, dans l’administration ou à ses côtés, s’engagent pour le logiciel libre. La mission anime cette communauté, mais elle ne lui appartient pas : chacun peut y prendre part.',
          ),
        ],
      },
      {
        __component: 'blocks.highlight',
        text: 'Un logiciel payé par l’argent public devrait pouvoir profiter à tout le public.',
        size: 'lg',
      },
      {
        __component: 'blocks.callout',
        title: 'Une question, une idée de projet ?',
        text: 'Écrivez à la mission logiciels libres : nous répondons à toutes les demandes, même quand il s’agit de vous orienter vers quelqu’un d’autre.',
        link: { label: 'Nous écrire', url: `mailto:${CONTACT_EMAIL}` },
      },
    ],
  },
  {
    slug: 'mentions-legales',
    title: 'Mentions légales',
    description: 'Éditeur, hébergement et conditions de réutilisation des contenus de ce site.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'Éditeur'),
          paragraph(
            'Ce site est édité par la ',
            bold('Direction interministérielle du numérique (DINUM)'),
            ', 20 avenue de Ségur, 75007 Paris.',
          ),
          heading(2, 'Direction de la publication'),
          paragraph('La directrice ou le directeur interministériel du numérique.'),
          heading(2, 'Hébergement'),
          paragraph(
            bold('[À compléter avant la mise en ligne]'),
            ' : nom, adresse et numéro de téléphone de l’hébergeur.',
          ),
          heading(2, 'Réutilisation des contenus'),
          paragraph(
            'Sauf mention contraire, les textes de ce site sont publiés sous ',
            link('https://www.etalab.gouv.fr/licence-ouverte-open-licence/', 'licence Etalab 2.0'),
            ' : vous pouvez les réutiliser librement, y compris à des fins commerciales, en citant la source. Les vidéos et les photographies peuvent relever d’autres droits, précisés à côté de chacune.',
          ),
          heading(2, 'Liens vers ce site'),
          paragraph('Tout site peut faire un lien vers ces pages sans autorisation préalable.'),
        ],
      },
    ],
  },
  {
    slug: 'donnees-personnelles',
    title: 'Données personnelles',
    description: 'Ce site ne dépose aucun cookie de suivi. Voici les seules données traitées et la manière d’exercer vos droits.',
    body: [
      {
        __component: 'blocks.rich-text',
        content: [
          heading(2, 'Aucun cookie de suivi'),
          paragraph(
            'Ce site ne dépose ',
            bold('aucun cookie de mesure d’audience, de publicité ou de réseau social'),
            '. C’est pourquoi aucun bandeau ne vous demande votre consentement : il n’y a rien à accepter ni à refuser.',
          ),
          heading(2, 'Les vidéos intégrées'),
          paragraph(
            'Les vidéos proviennent d’hébergeurs choisis pour limiter le suivi, comme le PeerTube de l’État ou YouTube en mode sans cookie. Lorsque vous lancez une vidéo hébergée par un tiers, ce sont ses propres règles qui s’appliquent. Chaque vidéo dispose d’une transcription, lisible sans lancer le lecteur.',
          ),
          heading(2, 'Journaux techniques'),
          paragraph(
            'Comme tout site web, nos serveurs enregistrent des journaux techniques (adresse IP, page demandée, date) pour assurer la sécurité du service. Ils ne servent à aucune autre fin et sont supprimés automatiquement. ',
            bold('[Durée de conservation à préciser avec l’hébergeur.]'),
          ),
          heading(2, 'Vos droits'),
          paragraph(
            'Pour toute question sur vos données, écrivez à ',
            link(`mailto:${CONTACT_EMAIL}`, CONTACT_EMAIL),
            '. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la ',
            link('https://www.cnil.fr', 'CNIL'),
            '.',
          ),
        ],
      },
      {
        __component: 'blocks.accordion',
        title: 'En pratique',
        items: [
          {
            title: 'Que devient mon adresse quand je vous écris ?',
            content: [
              paragraph(
                'Elle sert uniquement à vous répondre. Nous ne l’ajoutons à aucune liste de diffusion sans votre demande explicite.',
              ),
            ],
          },
          {
            title: 'Et si je candidate à un appel à projets ?',
            content: [
              paragraph(
                'Les candidatures sont déposées sur un service séparé, qui affiche ses propres informations sur le traitement des données au moment du dépôt.',
              ),
            ],
          },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Site settings and navigation
// ---------------------------------------------------------------------------------------------

export const demoSiteSettings: DemoSiteSettings = {
  siteName: 'BlueHats — logiciels libres de l’État',
  tagline: 'La communauté des agents publics qui utilisent, financent et font vivre les logiciels libres',
  brandTop: 'République\nFrançaise',
  operatorName: DINUM,
  footerDescription:
    'Ce site est animé par la mission logiciels libres de la Direction interministérielle du numérique. Il présente la communauté BlueHats, ses ateliers et les appels à projets comme le BlueHats Semester of Code.',
  accessibilityStatus: 'non-conforme',
  licence: 'licence etalab-2.0',
  contactEmail: CONTACT_EMAIL,
  defaultSeo: {
    metaTitle: 'BlueHats — logiciels libres de l’État',
    metaDescription:
      'Actualités, ateliers et appels à projets de la mission logiciels libres de la DINUM et de la communauté BlueHats.',
  },
};

export const demoNavigation: DemoNavigation = {
  mainMenu: [
    { label: 'Articles', url: '/articles/' },
    { label: 'Appels à projets', url: '/appels-a-projets/' },
    { label: 'Événements', url: '/evenements/' },
    { label: 'À propos', url: '/pages/a-propos/' },
  ],
  footerLinks: [
    { label: 'code.gouv.fr', url: 'https://code.gouv.fr' },
    { label: 'numerique.gouv.fr', url: 'https://www.numerique.gouv.fr' },
    { label: 'data.gouv.fr', url: 'https://www.data.gouv.fr' },
    { label: 'legifrance.gouv.fr', url: 'https://www.legifrance.gouv.fr' },
  ],
  legalLinks: [
    { label: 'Mentions légales', url: '/pages/mentions-legales/' },
    { label: 'Accessibilité : non conforme', url: '/pages/accessibilite/' },
    { label: 'Données personnelles', url: '/pages/donnees-personnelles/' },
    { label: 'Plan du site', url: '/plan-du-site/' },
  ],
};
