/**
 * French labels, help texts and list views shown to editors in the content manager, applied at
 * every boot by applyEditorLabels (editor-labels.ts).
 *
 * This file is the source of truth: a label, description or placeholder changed by hand in
 * « Configurer la vue » is replaced by the one below at the next start. Layouts of the edit view
 * (order and width of the fields) are left to the administrators.
 *
 * Every content type and component is typed against its schema.json: adding a field to a schema
 * without labelling it here, or leaving a removed field here, fails `npm run typecheck`.
 */
import { videoProviders } from '@bluehats/content-policy';

export type FieldLabel = { label: string; description?: string; placeholder?: string };

export type SortOrder = 'ASC' | 'DESC';

/** What the runtime needs for one content type or component. */
export type EditorLabels = {
  /** Field shown as the entry's title (list view, relations, repeatable components, dynamic zone blocks). */
  mainField?: string;
  /** Columns of the list view, left to right. Scalar fields only (no relation, media, component). */
  listColumns?: readonly string[];
  defaultSortBy?: string;
  defaultSortOrder?: SortOrder;
  fields: Readonly<Record<string, FieldLabel | undefined>>;
};

// ---------------------------------------------------------------------------------------------
// Types checked against the schemas
// ---------------------------------------------------------------------------------------------

type Schemas = {
  'api::article.article': typeof import('../api/article/content-types/article/schema.json');
  'api::quote.quote': typeof import('../api/quote/content-types/quote/schema.json');
  'api::video.video': typeof import('../api/video/content-types/video/schema.json');
  'api::project-call.project-call': typeof import('../api/project-call/content-types/project-call/schema.json');
  'api::event.event': typeof import('../api/event/content-types/event/schema.json');
  'api::tag.tag': typeof import('../api/tag/content-types/tag/schema.json');
  'api::page.page': typeof import('../api/page/content-types/page/schema.json');
  'api::site-setting.site-setting': typeof import('../api/site-setting/content-types/site-setting/schema.json');
  'api::navigation.navigation': typeof import('../api/navigation/content-types/navigation/schema.json');
  'blocks.rich-text': typeof import('../components/blocks/rich-text.json');
  'blocks.quote': typeof import('../components/blocks/quote.json');
  'blocks.video': typeof import('../components/blocks/video.json');
  'blocks.image': typeof import('../components/blocks/image.json');
  'blocks.callout': typeof import('../components/blocks/callout.json');
  'blocks.highlight': typeof import('../components/blocks/highlight.json');
  'blocks.accordion': typeof import('../components/blocks/accordion.json');
  'blocks.table': typeof import('../components/blocks/table.json');
  'blocks.legacy-html': typeof import('../components/blocks/legacy-html.json');
  'shared.accordion-item': typeof import('../components/shared/accordion-item.json');
  'shared.person': typeof import('../components/shared/person.json');
  'shared.link': typeof import('../components/shared/link.json');
  'shared.partner': typeof import('../components/shared/partner.json');
  'shared.seo': typeof import('../components/shared/seo.json');
  'project.proposed-project': typeof import('../components/project/proposed-project.json');
  'table.row': typeof import('../components/table/row.json');
};

export type EditorUid = keyof Schemas;

type FieldOf<U extends EditorUid> = Extract<keyof Schemas[U]['attributes'], string>;

/** Fields Strapi adds to every content type (not to components). */
type SystemField = 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy';

/** Every schema field needs a label and a description. */
type SchemaFieldLabel = { label: string; description: string; placeholder?: string };

type LabelsFor<U extends EditorUid> = U extends `api::${string}`
  ? {
      mainField?: FieldOf<U>;
      listColumns?: ReadonlyArray<FieldOf<U> | SystemField>;
      defaultSortBy?: FieldOf<U> | SystemField;
      defaultSortOrder?: SortOrder;
      fields: Record<FieldOf<U>, SchemaFieldLabel> & Partial<Record<SystemField, FieldLabel>>;
    }
  : {
      mainField?: FieldOf<U>;
      fields: Record<FieldOf<U>, SchemaFieldLabel>;
    };

export type EditorLabelMap = { [U in EditorUid]: LabelsFor<U> };

// ---------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------

const systemFields: Record<SystemField, FieldLabel> = {
  createdAt: { label: 'Créé le' },
  updatedAt: { label: 'Modifié le' },
  createdBy: { label: 'Créé par' },
  updatedBy: { label: 'Modifié par' },
};

// Filled by `npm run import`, read by it on the next run to leave unchanged files alone.
const importFields: Record<'importSource' | 'importDigest', SchemaFieldLabel> = {
  importSource: {
    label: 'Fichier importé',
    description: 'Rempli par l’import Markdown : le fichier d’où vient cette entrée. Vide pour une entrée écrite ici ; à laisser tel quel.',
  },
  importDigest: {
    label: 'Empreinte de l’import',
    description: 'Rempli par l’import : permet de ne rien réimporter quand le fichier n’a pas changé. À laisser tel quel.',
  },
};

// Written by `npm run import` (what its report lists for the entry), listed by `npm run content-health`
// and the admin's home page until an editor deletes each line, done.
const toCompleteField: SchemaFieldLabel = {
  label: 'À compléter',
  description:
    'Ce que l’import a laissé à faire ou à vérifier, une chose par ligne. Une fois une ligne traitée, supprimez-la : la liste « À compléter » de l’accueil ne la montre plus. Jamais affiché sur le site.',
};

// Read by the site build, which turns each line into a redirect (see docs/guide-redaction.md).
const legacyPathsField = (example: string): SchemaFieldLabel => ({
  label: 'Anciennes adresses',
  description: `Facultatif. Une ancienne adresse par ligne, sans le nom du site, par exemple ${example} : chaque adresse de l’ancien site listée ici renvoie vers cette entrée. Chaque ligne commence par une seule barre oblique, sans espace ; une adresse ne peut être listée que par une seule entrée.`,
  placeholder: example,
});

const titleField = (example: string): SchemaFieldLabel => ({
  label: 'Titre',
  description:
    'Court et explicite : il est affiché en haut de la page, dans les listes et dans l’onglet du navigateur. 160 caractères au plus.',
  placeholder: `Ex. : ${example}`,
});

const slugField = (source: string, path: string): SchemaFieldLabel => ({
  label: 'Identifiant dans l’adresse',
  description: `Généré à partir ${source} : il apparaît dans l’adresse de la page (${path}). Minuscules, chiffres et tirets seulement. Évitez de le changer après la publication : les liens déjà partagés ne fonctionneraient plus.`,
});

const seoField: SchemaFieldLabel = {
  label: 'Référencement',
  description:
    'Facultatif. Remplissez-le pour choisir le titre, la description et l’image que montreront les moteurs de recherche et les réseaux sociaux.',
};

const bodyField = (what: string): SchemaFieldLabel => ({
  label: 'Contenu',
  description: `Le corps ${what}, bloc par bloc, dans l’ordre de lecture : Texte, Image, Citation, Vidéo, Mise en avant, Mise en exergue, Accordéon, Tableau. Réservez le bloc « HTML importé » aux contenus repris de l’ancien site.`,
});

const altField = (what: string): SchemaFieldLabel => ({
  label: `Texte alternatif ${what}`,
  description:
    'Obligatoire dès qu’une image est choisie : décrivez en une phrase ce qu’elle montre et ce qu’elle apporte, pour les personnes qui ne la voient pas. Inutile d’écrire « image de ».',
});

// Scheduled publication: the site shows the entry only between these instants (see docs/evenements-et-planification.md).
const scheduleFields = (what: string): Record<'visibleFrom' | 'visibleUntil', SchemaFieldLabel> => ({
  visibleFrom: {
    label: 'Visible à partir du',
    description: `Facultatif. Date et heure (heure de Paris) à laquelle ${what} apparaît sur le site. Publiez-le dès maintenant : il reste invisible jusque-là et le site se met à jour tout seul à l’heure dite.`,
  },
  visibleUntil: {
    label: 'Visible jusqu’au',
    description: `Facultatif. Date et heure (heure de Paris) à laquelle ${what} disparaît du site, sans être dépublié ni supprimé. Laissez vide pour ne jamais le retirer.`,
  },
});

// The review step (docs/guide-redaction.md, Relecture): what the Publication role finds on its home page.
const reviewStateField: Record<'reviewState', SchemaFieldLabel> = {
  reviewState: {
    label: 'Relecture',
    description:
      'Choisissez « À relire » puis enregistrez pour demander une relecture : l’équipe Publication la voit sur sa page d’accueil. « Prêt à publier » dit que le contenu a été relu. Après la publication, le champ revient de lui-même à « Non demandée ».',
  },
};

const sizeHelp = 'sm : petit, md : moyen (choix par défaut), lg : grand.';

const urlHelp =
  'Une page de ce site commence par / (ex. : /pages/a-propos/), un autre site par https://, une adresse électronique par mailto:.';

const acceptedHosts = Object.values(videoProviders)
  .map((provider) => `${provider.label} : ${provider.hosts.join(', ')}`)
  .join(' ; ');

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

export const editorLabels: EditorLabelMap = {
  // --- Content types --------------------------------------------------------------------------

  'api::article.article': {
    mainField: 'title',
    listColumns: ['title', 'date', 'reviewState', 'updatedAt'],
    defaultSortBy: 'date',
    defaultSortOrder: 'DESC',
    fields: {
      title: titleField('Bilan du BlueHats Semester of Code 2025'),
      slug: slugField('du titre', '/articles/…/'),
      description: {
        label: 'Résumé',
        description:
          'Deux ou trois phrases qui disent de quoi parle l’article et donnent envie de le lire. Il est affiché dans les listes d’articles. 320 caractères au plus.',
      },
      date: {
        label: 'Date',
        description:
          'La date de l’article, affichée aux lecteurs et utilisée pour classer les articles du plus récent au plus ancien. Ce n’est pas la date de mise en ligne : celle-ci dépend du bouton « Publier » et, pour une mise en ligne programmée, du champ « Visible à partir du ».',
      },
      ...scheduleFields('l’article'),
      cover: {
        label: 'Image de couverture',
        description: 'Facultatif. Image affichée en tête de l’article et dans les listes. Format paysage conseillé.',
      },
      coverAlt: altField('de la couverture'),
      authors: {
        label: 'Auteurs et autrices',
        description: 'Les personnes qui signent l’article, dans l’ordre où elles doivent apparaître.',
      },
      tags: {
        label: 'Étiquettes',
        description: 'Les thèmes de l’article : ils le relient aux autres articles et appels à projets qui portent les mêmes étiquettes.',
      },
      body: bodyField('de l’article'),
      seo: seoField,
      ...importFields,
      legacyPaths: legacyPathsField('/fr/blog/mon-article/'),
      toComplete: toCompleteField,
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::quote.quote': {
    mainField: 'authorName',
    listColumns: ['authorName', 'authorRole', 'text', 'reviewState', 'updatedAt'],
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    fields: {
      text: {
        label: 'Citation',
        description:
          'Les paroles exactes de la personne, telles qu’elles ont été dites ou écrites. Une citation courte se retient mieux. 1 200 caractères au plus.',
      },
      authorName: {
        label: 'Auteur ou autrice',
        description: 'Prénom et nom de la personne citée, tels qu’ils seront affichés.',
        placeholder: 'Prénom Nom',
      },
      authorRole: {
        label: 'Fonction',
        description: 'Facultatif. Sa fonction et sa structure, pour situer sa parole.',
        placeholder: 'Ex. : Cheffe de projet numérique, ministère de…',
      },
      source: {
        label: 'Source',
        description: 'Facultatif. Où la citation a été prononcée ou publiée : entretien, webinaire, article…',
        placeholder: 'Ex. : Webinaire BlueHats « Ouvrir le code source de son administration »',
      },
      sourceUrl: {
        label: 'Adresse de la source',
        description: 'Facultatif. Lien vers l’original (vidéo, article, compte rendu), commençant par https://.',
        placeholder: 'https://…',
      },
      portrait: {
        label: 'Portrait',
        description: 'Facultatif. Photo de la personne, publiée avec son accord. Cadrage carré de préférence.',
      },
      portraitAlt: altField('du portrait'),
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::video.video': {
    mainField: 'title',
    listColumns: ['title', 'provider', 'reviewState', 'updatedAt'],
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    fields: {
      title: {
        label: 'Titre',
        description:
          'Dit de quoi parle la vidéo. Il est affiché avec le lecteur et lu par les lecteurs d’écran à sa place. 200 caractères au plus.',
        placeholder: 'Ex. : Webinaire : ouvrir le code source de son administration',
      },
      provider: {
        label: 'Hébergeur',
        description:
          'Le service qui héberge la vidéo : peertube (PeerTube de l’État, à privilégier), youtube (version sans cookie), dailymotion ou vimeo. Il doit correspondre à l’adresse du lecteur.',
      },
      embedUrl: {
        label: 'Adresse du lecteur',
        description: `Ouvrez la vidéo chez l’hébergeur, cliquez sur « Partager » puis « Intégrer » et collez ici l’adresse qui suit src=" dans le code proposé, pas l’adresse de la page de la vidéo. Elle commence par https://. Adresses acceptées — ${acceptedHosts}.`,
        placeholder: 'https://tube.numerique.gouv.fr/videos/embed/…',
      },
      caption: {
        label: 'Légende',
        description: 'Facultatif. Une phrase affichée avec la vidéo : son sujet, les personnes qui interviennent, la date. 300 caractères au plus.',
      },
      transcript: {
        label: 'Transcription',
        description:
          'Obligatoire : tout ce qui est dit, avec le nom de la personne qui parle, et ce qui n’est visible qu’à l’image (textes, démonstrations). Elle rend la vidéo accessible aux personnes sourdes ou malentendantes et à celles qui ne peuvent pas l’écouter.',
      },
      durationSeconds: {
        label: 'Durée en secondes',
        description: 'Facultatif. Durée totale de la vidéo, en secondes : 2 min 30 s font 150.',
        placeholder: '150',
      },
      poster: {
        label: 'Image d’aperçu',
        description: 'Facultatif. Image affichée avant le lancement de la vidéo. Format paysage (16/9).',
      },
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::project-call.project-call': {
    mainField: 'title',
    listColumns: ['title', 'edition', 'opensAt', 'closesAt', 'reviewState'],
    defaultSortBy: 'opensAt',
    defaultSortOrder: 'DESC',
    fields: {
      title: titleField('BlueHats Semester of Code 2026 : appel à candidatures'),
      slug: slugField('du titre', '/appels-a-projets/…/'),
      programme: {
        label: 'Programme',
        description:
          'Le programme auquel appartient l’appel. Écrivez-le toujours de la même façon d’une édition à l’autre pour que les appels restent regroupés.',
        placeholder: 'BlueHats Semester of Code',
      },
      edition: {
        label: 'Édition',
        description: 'Facultatif. L’année ou le numéro de l’édition.',
        placeholder: 'Ex. : 2026',
      },
      summary: {
        label: 'Résumé',
        description:
          'Deux ou trois phrases : qui peut candidater, pour faire quoi, jusqu’à quand. Il est affiché dans la liste des appels à projets. 500 caractères au plus.',
      },
      body: {
        label: 'Présentation détaillée',
        description:
          'Facultatif. Déroulé, conditions de participation, calendrier, contacts. Structurez le texte avec des intertitres et des listes.',
      },
      image: {
        label: 'Image',
        description: 'Facultatif. Illustration affichée avec l’appel. Format paysage conseillé.',
      },
      imageAlt: altField('de l’image'),
      opensAt: {
        label: 'Ouverture des candidatures',
        description:
          'Date et heure d’ouverture, en heure de Paris. Le statut affiché sur le site (à venir, ouvert, clos) n’est jamais saisi : il est calculé à partir de ces dates, et le site se reconstruit de lui-même à l’ouverture et à la clôture.',
      },
      closesAt: {
        label: 'Clôture des candidatures',
        description:
          'Date et heure limite de dépôt, en heure de Paris. Elle doit suivre l’ouverture ; à ce moment précis, le site se reconstruit de lui-même et affiche l’appel comme clos.',
      },
      ...scheduleFields('l’appel'),
      applicationUrl: {
        label: 'Adresse du formulaire de candidature',
        description: 'Facultatif. Lien vers le formulaire où l’on dépose sa candidature, commençant par https://.',
        placeholder: 'https://demarche.numerique.gouv.fr/commencer/…',
      },
      programmeStartsOn: {
        label: 'Début du programme',
        description: 'Facultatif. Premier jour du programme (stage, accompagnement…) pour les personnes retenues.',
      },
      programmeEndsOn: {
        label: 'Fin du programme',
        description: 'Facultatif. Dernier jour du programme ; il doit suivre le premier.',
      },
      partners: {
        label: 'Partenaires',
        description: 'Les structures qui organisent ou soutiennent l’appel, dans l’ordre d’affichage.',
      },
      proposedProjects: {
        label: 'Projets proposés',
        description: 'Les logiciels libres auxquels les personnes retenues pourront contribuer, un par élément.',
      },
      resultsArticle: {
        label: 'Article des résultats',
        description: 'Facultatif. Une fois l’appel clos, choisissez l’article publié qui présente les candidatures retenues.',
      },
      tags: {
        label: 'Étiquettes',
        description: 'Les thèmes de l’appel : ils le relient aux articles qui portent les mêmes étiquettes.',
      },
      seo: seoField,
      ...importFields,
      legacyPaths: legacyPathsField('/fr/bsoc/2024/'),
      toComplete: toCompleteField,
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::event.event': {
    mainField: 'title',
    listColumns: ['title', 'kind', 'startsAt', 'place', 'reviewState'],
    defaultSortBy: 'startsAt',
    defaultSortOrder: 'DESC',
    fields: {
      title: titleField('Webinaire : ouvrir le code source de son administration'),
      slug: slugField('du titre', '/evenements/…/'),
      kind: {
        label: 'Type d’événement',
        description: 'webinaire : en ligne ; rencontre : une rencontre BlueHats, sur place ou en ligne ; atelier : une séance pratique en petit groupe.',
      },
      summary: {
        label: 'Résumé',
        description:
          'Deux ou trois phrases : de quoi on parlera, pour qui, avec qui. Il est affiché dans la liste des événements et dans les agendas. 500 caractères au plus.',
      },
      body: {
        label: 'Programme détaillé',
        description: 'Facultatif. Déroulé, intervenantes et intervenants, prérequis. Structurez le texte avec des intertitres et des listes.',
      },
      startsAt: {
        label: 'Début',
        description:
          'Date et heure de début, en heure de Paris. Le statut affiché (à venir, en cours, passé) est calculé à partir du début et de la fin : le site se reconstruit de lui-même à ces deux moments.',
      },
      endsAt: {
        label: 'Fin',
        description: 'Date et heure de fin, en heure de Paris. Remplissez la fin ou la durée, pas les deux. La fin doit suivre le début.',
      },
      durationMinutes: {
        label: 'Durée en minutes',
        description: 'À la place de la fin : la durée de l’événement, en minutes (1 h 30 font 90).',
        placeholder: '90',
      },
      place: {
        label: 'Lieu',
        description: 'Adresse de l’événement sur place. Pour un événement en ligne, laissez vide et remplissez le lien de connexion (l’un des deux est obligatoire).',
        placeholder: 'Ex. : DINUM, 20 avenue de Ségur, 75007 Paris',
      },
      onlineUrl: {
        label: 'Lien de connexion',
        description: 'Adresse de la visioconférence ou de la diffusion en direct, commençant par https://. Elle est affichée jusqu’à la fin de l’événement.',
        placeholder: 'https://webinaire.numerique.gouv.fr/…',
      },
      registrationUrl: {
        label: 'Lien d’inscription',
        description: 'Facultatif. Formulaire d’inscription, commençant par https:// ; le bouton « S’inscrire » disparaît quand l’événement commence.',
      },
      recording: {
        label: 'Enregistrement',
        description: 'Après l’événement : choisissez la vidéo de l’enregistrement dans la bibliothèque de vidéos (avec sa transcription).',
      },
      slides: {
        label: 'Support de présentation',
        description: 'Après l’événement : le fichier du support (PDF de préférence), proposé au téléchargement.',
      },
      slidesUrl: {
        label: 'Lien vers le support',
        description: 'Après l’événement, à la place du fichier : l’adresse où le support est publié, commençant par https://.',
      },
      legacyPaths: legacyPathsField('/fr/webinaires/mon-webinaire/'),
      toComplete: toCompleteField,
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::tag.tag': {
    mainField: 'name',
    listColumns: ['name', 'slug', 'description'],
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    fields: {
      name: {
        label: 'Nom',
        description: 'Le nom du thème, en quelques mots. Deux étiquettes ne peuvent pas porter le même nom. 60 caractères au plus.',
        placeholder: 'Ex. : Communs numériques',
      },
      slug: {
        label: 'Identifiant dans l’adresse',
        description:
          'Généré à partir du nom : il apparaît dans les adresses du site. Minuscules, chiffres et tirets seulement. Évitez de le changer une fois l’étiquette utilisée.',
      },
      description: {
        label: 'Description',
        description: 'Facultatif. Une ou deux phrases qui expliquent ce que regroupe cette étiquette. 300 caractères au plus.',
      },
      articles: {
        label: 'Articles',
        description: 'Les articles qui portent cette étiquette. Vous pouvez aussi l’ajouter ou la retirer depuis chaque article.',
      },
      projectCalls: {
        label: 'Appels à projets',
        description: 'Les appels à projets qui portent cette étiquette. Vous pouvez aussi l’ajouter ou la retirer depuis chaque appel.',
      },
      ...systemFields,
    },
  },

  'api::page.page': {
    mainField: 'title',
    listColumns: ['title', 'slug', 'reviewState', 'updatedAt'],
    defaultSortBy: 'title',
    defaultSortOrder: 'ASC',
    fields: {
      title: titleField('Mentions légales'),
      slug: slugField('du titre', '/pages/…/'),
      description: {
        label: 'Résumé',
        description: 'Facultatif. Une ou deux phrases qui présentent la page. 320 caractères au plus.',
      },
      body: bodyField('de la page'),
      seo: seoField,
      legacyPaths: legacyPathsField('/fr/a-propos/'),
      ...reviewStateField,
      ...systemFields,
    },
  },

  'api::site-setting.site-setting': {
    fields: {
      siteName: {
        label: 'Nom du site',
        description: 'Le nom du service, affiché dans l’en-tête de chaque page et dans l’onglet du navigateur. 80 caractères au plus.',
        placeholder: 'Ex. : BlueHats — logiciels libres de l’État',
      },
      tagline: {
        label: 'Phrase d’accroche',
        description: 'Facultatif. Une ligne affichée sous le nom du site, qui dit à quoi il sert. 160 caractères au plus.',
      },
      brandTop: {
        label: 'Bloc-marque',
        description:
          'L’intitulé officiel écrit sous la Marianne, en haut à gauche de chaque page (« République Française » par défaut). Ne le modifiez qu’à la demande du service de communication.',
      },
      operatorName: {
        label: 'Éditeur du site',
        description: 'Facultatif. Le service qui publie le site, cité dans le pied de page.',
        placeholder: 'Ex. : Direction interministérielle du numérique (DINUM)',
      },
      footerDescription: {
        label: 'Texte du pied de page',
        description: 'Facultatif. Quelques phrases qui présentent le site et son éditeur, affichées en bas de chaque page. 500 caractères au plus.',
      },
      accessibilityStatus: {
        label: 'Conformité à l’accessibilité',
        description:
          'Le résultat du dernier audit d’accessibilité (RGAA). Sans audit, le site est « non-conforme ». Cet état doit aussi figurer dans le lien « Accessibilité » du pied de page (menu Navigation).',
      },
      licence: {
        label: 'Licence des contenus',
        description: 'La licence sous laquelle les textes du site peuvent être réutilisés, citée dans le pied de page.',
        placeholder: 'licence etalab-2.0',
      },
      contactEmail: {
        label: 'Adresse de contact',
        description: 'Facultatif. L’adresse électronique à laquelle le public peut écrire à l’équipe.',
        placeholder: 'nom@numerique.gouv.fr',
      },
      defaultSeo: {
        label: 'Référencement par défaut',
        description:
          'Le titre, la description et l’image utilisés par les moteurs de recherche et les réseaux sociaux pour la page d’accueil et pour les pages qui n’ont pas leur propre référencement.',
      },
      noticeText: {
        label: 'Bandeau d’information importante',
        description:
          'Facultatif. Une information temporaire et prioritaire (ex. : une alerte, un changement de date), affichée sous l’en-tête de chaque page. Videz ce champ pour retirer le bandeau. 200 caractères au plus.',
        placeholder: 'Ex. : Les candidatures sont prolongées jusqu’au 15 janvier.',
      },
      noticeLink: {
        label: 'Lien du bandeau',
        description: 'Facultatif. Un lien pour en savoir plus, affiché à la suite du texte du bandeau.',
      },
      noticeEndsAt: {
        label: 'Fin du bandeau',
        description: 'Facultatif. Date et heure (heure de Paris) à laquelle le bandeau disparaît de lui-même : le site est reconstruit à cet instant.',
      },
      ...systemFields,
    },
  },

  'api::navigation.navigation': {
    fields: {
      mainMenu: {
        label: 'Menu principal',
        description: 'Les liens de l’en-tête, dans l’ordre d’affichage. Au-delà de six, le menu devient difficile à lire.',
      },
      footerLinks: {
        label: 'Liens du pied de page',
        description: 'Les sites utiles affichés dans le pied de page (ex. : code.gouv.fr, numerique.gouv.fr).',
      },
      legalLinks: {
        label: 'Liens obligatoires',
        description:
          'Les liens tout en bas de page : mentions légales, accessibilité, données personnelles. Le lien d’accessibilité indique l’état de conformité, par exemple « Accessibilité : non conforme ».',
      },
      ...systemFields,
    },
  },

  // --- Blocks of the body of articles and pages -------------------------------------------------

  'blocks.rich-text': {
    fields: {
      content: {
        label: 'Texte',
        description:
          'Structurez avec les intertitres de la barre d’outils (Titre 2, puis Titre 3 à l’intérieur) plutôt qu’avec du gras : les lecteurs d’écran s’en servent pour naviguer. Le Titre 1 est réservé au titre de la page. Un lien doit avoir du sens seul : évitez « cliquez ici ».',
      },
    },
  },

  'blocks.quote': {
    mainField: 'authorName',
    fields: {
      quote: {
        label: 'Citation de la bibliothèque',
        description:
          'Choisissez une citation déjà enregistrée dans « Citation » : c’est la façon la plus simple. Dans ce cas, laissez vides les trois champs suivants.',
      },
      text: {
        label: 'Texte de la citation (usage unique)',
        description:
          'Seulement si la citation n’est pas dans la bibliothèque : les paroles exactes de la personne. Renseignez alors aussi son nom. 1 200 caractères au plus.',
      },
      authorName: {
        label: 'Auteur ou autrice (usage unique)',
        description: 'Obligatoire si vous avez saisi le texte ci-dessus : prénom et nom de la personne citée.',
        placeholder: 'Prénom Nom',
      },
      authorRole: {
        label: 'Fonction (usage unique)',
        description: 'Facultatif. Sa fonction et sa structure.',
      },
    },
  },

  'blocks.video': {
    fields: {
      video: {
        label: 'Vidéo',
        description:
          'Choisissez une vidéo de la bibliothèque « Vidéo ». Pour une nouvelle vidéo, créez-la et publiez-la d’abord dans « Vidéo », avec sa transcription, puis revenez ici.',
      },
      size: {
        label: 'Largeur du lecteur',
        description: sizeHelp,
      },
    },
  },

  'blocks.image': {
    mainField: 'alt',
    fields: {
      image: {
        label: 'Image',
        description: 'JPEG, PNG ou WebP, d’au moins 1 200 pixels de large de préférence. Vérifiez que vous avez le droit de la publier.',
      },
      alt: {
        label: 'Texte alternatif',
        description:
          'Décrivez ce que montre l’image et ce qu’elle apporte au texte, en une ou deux phrases (ex. : « Une vingtaine de personnes autour d’une table pendant un atelier BlueHats »). Ne le laissez vide que si l’image est purement décorative, en cochant alors « Image décorative ».',
      },
      decorative: {
        label: 'Image décorative',
        description:
          'Activez seulement si l’image n’apporte aucune information (simple illustration d’ambiance) : les lecteurs d’écran l’ignoreront et le texte alternatif n’est plus demandé.',
      },
      caption: {
        label: 'Légende',
        description: 'Facultatif. Texte affiché sous l’image : lieu, date, crédit photo. Ne répétez pas le texte alternatif. 300 caractères au plus.',
        placeholder: 'Ex. : Atelier BlueHats, Paris, mars 2025 — photo DINUM',
      },
    },
  },

  'blocks.callout': {
    mainField: 'title',
    fields: {
      title: {
        label: 'Titre de l’encadré',
        description: 'Facultatif. Quelques mots qui annoncent le message. 120 caractères au plus.',
      },
      text: {
        label: 'Texte',
        description: 'Le message à faire remarquer, en quelques phrases. 800 caractères au plus.',
      },
      link: {
        label: 'Bouton',
        description: 'Facultatif. Ajoutez un lien pour afficher un bouton sous le texte, avec un intitulé qui dit où il mène (ex. : « S’inscrire à l’atelier »).',
      },
    },
  },

  'blocks.highlight': {
    mainField: 'text',
    fields: {
      text: {
        label: 'Phrase mise en exergue',
        description: 'Une idée clé à retenir, en une ou deux phrases. Avec parcimonie : une ou deux par page au plus. 600 caractères au plus.',
      },
      size: {
        label: 'Taille du texte',
        description: sizeHelp,
      },
    },
  },

  'blocks.accordion': {
    mainField: 'title',
    fields: {
      title: {
        label: 'Titre de l’accordéon',
        description: 'Facultatif. Intertitre affiché au-dessus des sections.',
        placeholder: 'Ex. : Questions fréquentes',
      },
      items: {
        label: 'Sections',
        description: 'Au moins une. Chaque section a un titre toujours visible et un contenu qui se déplie quand on clique dessus.',
      },
    },
  },

  'blocks.legacy-html': {
    mainField: 'source',
    fields: {
      html: {
        label: 'Code HTML importé',
        description:
          'Balisage repris de l’ancien site, nettoyé avant affichage. Ne l’utilisez pas pour un contenu nouveau : un bloc Texte est plus sûr et plus accessible.',
      },
      source: {
        label: 'Origine',
        description: 'Facultatif. L’adresse de la page de l’ancien site d’où vient ce contenu, pour retrouver l’original.',
        placeholder: 'https://…',
      },
    },
  },

  'blocks.table': {
    mainField: 'caption',
    fields: {
      caption: {
        label: 'Titre du tableau',
        description:
          'Obligatoire : il dit ce que contient le tableau et il est lu en premier par les lecteurs d’écran. Affiché au-dessus du tableau. 300 caractères au plus.',
        placeholder: 'Ex. : Calendrier de l’édition 2025',
      },
      firstRowIsHeader: {
        label: 'La première ligne est une ligne d’en-tête',
        description: 'Activé par défaut : les cellules de la première ligne donnent le titre de chaque colonne.',
      },
      firstColumnIsHeader: {
        label: 'La première colonne est une colonne d’en-tête',
        description: 'À activer quand la première cellule de chaque ligne donne le titre de la ligne (un nom, une date…).',
      },
      rows: {
        label: 'Lignes',
        description: 'Au moins une, dans l’ordre d’affichage. Toutes les lignes doivent avoir le même nombre de cellules.',
      },
    },
  },

  // --- Shared components ------------------------------------------------------------------------

  'table.row': {
    mainField: 'cells',
    fields: {
      cells: {
        label: 'Cellules',
        description:
          'Une cellule par ligne de texte, de gauche à droite ; une ligne vide donne une cellule vide. Texte simple : la mise en forme n’est pas reprise.',
        placeholder: 'Janvier\nOuverture des candidatures',
      },
    },
  },

  'shared.accordion-item': {
    mainField: 'title',
    fields: {
      title: {
        label: 'Titre de la section',
        description: 'La question ou l’intitulé, visible quand la section est repliée : on doit savoir ce qu’on trouvera en la dépliant.',
        placeholder: 'Ex. : Faut-il savoir programmer ?',
      },
      content: {
        label: 'Contenu',
        description: 'Le texte qui apparaît quand on déplie la section.',
      },
    },
  },

  'shared.person': {
    mainField: 'name',
    fields: {
      name: {
        label: 'Nom',
        description: 'Prénom et nom, tels qu’ils seront affichés.',
        placeholder: 'Prénom Nom',
      },
      role: {
        label: 'Fonction',
        description: 'Facultatif. Fonction et structure.',
        placeholder: 'Ex. : Développeur, mission logiciels libres',
      },
    },
  },

  'shared.link': {
    mainField: 'label',
    fields: {
      label: {
        label: 'Texte du lien',
        description: 'Ce que l’on lit et sur quoi l’on clique. Il doit avoir du sens seul : évitez « cliquez ici » ou « en savoir plus ».',
        placeholder: 'Ex. : Mentions légales',
      },
      url: {
        label: 'Adresse',
        description: urlHelp,
        placeholder: '/pages/… ou https://…',
      },
    },
  },

  'shared.partner': {
    mainField: 'name',
    fields: {
      name: {
        label: 'Nom du partenaire',
        description: 'Le nom complet de la structure, sigle entre parenthèses s’il y en a un.',
        placeholder: 'Ex. : Direction interministérielle du numérique (DINUM)',
      },
      url: {
        label: 'Site du partenaire',
        description: 'Facultatif. Adresse de son site, commençant par https://.',
        placeholder: 'https://…',
      },
      logo: {
        label: 'Logo',
        description: 'Facultatif. Le logo officiel de la structure, sur fond transparent de préférence (PNG ou SVG).',
      },
    },
  },

  'shared.seo': {
    mainField: 'metaTitle',
    fields: {
      metaTitle: {
        label: 'Titre pour les moteurs de recherche',
        description:
          'Facultatif : à remplir seulement s’il doit différer du titre de la page. Il est affiché dans les résultats de recherche et les partages. 70 caractères au plus.',
      },
      metaDescription: {
        label: 'Description pour les moteurs de recherche',
        description: 'Facultatif. Une ou deux phrases qui résument la page, affichées sous le titre dans les résultats de recherche. 200 caractères au plus.',
      },
      shareImage: {
        label: 'Image de partage',
        description: 'Facultatif. Image affichée quand la page est partagée sur un réseau social ou une messagerie. Format paysage, 1 200 × 630 pixels idéalement.',
      },
      shareImageAlt: {
        label: 'Texte alternatif de l’image de partage',
        description: 'À remplir dès qu’une image de partage est choisie : décrivez en une phrase ce qu’elle montre.',
      },
    },
  },

  'project.proposed-project': {
    mainField: 'name',
    fields: {
      name: {
        label: 'Nom du projet',
        description: 'Le nom du logiciel libre, tel que ses mainteneurs l’écrivent.',
        placeholder: 'Ex. : OpenFisca',
      },
      description: {
        label: 'Présentation',
        description: 'Ce que fait le logiciel, à qui il sert et ce que la personne retenue y fera pendant le programme. 800 caractères au plus.',
      },
      url: {
        label: 'Adresse du projet',
        description: 'Facultatif. Site ou dépôt de code du projet, commençant par https://.',
        placeholder: 'https://…',
      },
      logo: {
        label: 'Logo',
        description: 'Facultatif. Le logo du projet, sur fond transparent de préférence.',
      },
      logoAlt: {
        label: 'Texte alternatif du logo',
        description: 'À remplir dès qu’un logo est choisi : en général le nom du projet, tel qu’il est écrit sur le logo.',
      },
    },
  },
};
