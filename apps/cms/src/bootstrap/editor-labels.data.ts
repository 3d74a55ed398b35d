/**
 * French labels, help texts and list views shown to editors in the content manager, applied at
 * every boot by applyEditorLabels (editor-labels.ts): the components' labels, and the wording the
 * content types' own labels (src/api/<type>/content-types/<type>/labels.ts) share.
 *
 * These files are the source of truth: a label, description or placeholder changed by hand in
 * « Configurer la vue » is replaced by theirs at the next start. Layouts of the edit view
 * (order and width of the fields) are left to the administrators.
 *
 * Every content type and component is typed against its schema.json: adding a field to a schema
 * without labelling it, or leaving a removed field's label, fails `npm run typecheck`.
 */
import { videoProviders } from '@bluehats/content-policy';

export type FieldLabel = {
  label: string;
  description?: string;
  placeholder?: string;
  /** Written by the CMS itself, never by an editor: left out of the edit view. */
  hidden?: true;
};

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
  'shared.change-note': typeof import('../components/shared/change-note.json');
  'project.proposed-project': typeof import('../components/project/proposed-project.json');
  'table.row': typeof import('../components/table/row.json');
};

export type EditorUid = keyof Schemas;

type AnySchema = { attributes: object };

type FieldOf<S extends AnySchema> = Extract<keyof S['attributes'], string>;

/** Fields Strapi adds to every content type (not to components). */
type SystemField = 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy';

/** Every schema field needs a label and a description. */
type SchemaFieldLabel = { label: string; description: string; placeholder?: string; hidden?: true };

export type ContentTypeLabels<S extends AnySchema> = {
  mainField?: FieldOf<S>;
  listColumns?: ReadonlyArray<FieldOf<S> | SystemField>;
  defaultSortBy?: FieldOf<S> | SystemField;
  defaultSortOrder?: SortOrder;
  fields: Record<FieldOf<S>, SchemaFieldLabel> & Partial<Record<SystemField, FieldLabel>>;
};

type ComponentLabels<S extends AnySchema> = {
  mainField?: FieldOf<S>;
  fields: Record<FieldOf<S>, SchemaFieldLabel>;
};

/**
 * A content type's labels, in labels.ts beside its schema.json (applyEditorLabels finds them
 * there): a schema field without a label, or a label for a field gone from the schema, fails
 * `npm run typecheck`.
 */
export const contentTypeLabels = <S extends AnySchema>(labels: ContentTypeLabels<S>): EditorLabels => labels;

export type EditorLabelMap = { [U in EditorUid]: ComponentLabels<Schemas[U]> };

// ---------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------

export const systemFields: Record<SystemField, FieldLabel> = {
  createdAt: { label: 'Créé le' },
  updatedAt: { label: 'Modifié le' },
  createdBy: { label: 'Créé par' },
  updatedBy: { label: 'Modifié par' },
};

// Filled by `npm run import`, read by it on the next run to leave unchanged files alone.
export const importFields: Record<'importSource' | 'importDigest', SchemaFieldLabel> = {
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
export const toCompleteField: SchemaFieldLabel = {
  label: 'À compléter',
  description:
    'Ce que l’import a laissé à faire ou à vérifier, une chose par ligne. Une fois une ligne traitée, supprimez-la : la liste « À compléter » de l’accueil ne la montre plus. Jamais affiché sur le site.',
};

// Read by the site build, which turns each line into a redirect (see docs/guide-redaction.md).
export const legacyPathsField = (example: string): SchemaFieldLabel => ({
  label: 'Anciennes adresses',
  description: `Facultatif. Une ancienne adresse par ligne, sans le nom du site, par exemple ${example} : chaque adresse de l’ancien site listée ici renvoie vers cette entrée. Chaque ligne commence par une seule barre oblique, sans espace ; une adresse ne peut être listée que par une seule entrée.`,
  placeholder: example,
});

export const titleField = (example: string): SchemaFieldLabel => ({
  label: 'Titre',
  description:
    'Court et explicite : il est affiché en haut de la page, dans les listes et dans l’onglet du navigateur. 160 caractères au plus.',
  placeholder: `Ex. : ${example}`,
});

export const slugField = (source: string, path: string): SchemaFieldLabel => ({
  label: 'Identifiant dans l’adresse',
  description: `Généré à partir ${source} : il apparaît dans l’adresse de la page (${path}). Minuscules, chiffres et tirets seulement. Évitez de le changer après la publication : les liens déjà partagés ne fonctionneraient plus.`,
});

export const seoField: SchemaFieldLabel = {
  label: 'Référencement',
  description:
    'Facultatif. Remplissez-le pour choisir le titre, la description et l’image que montreront les moteurs de recherche et les réseaux sociaux.',
};

export const bodyField = (what: string): SchemaFieldLabel => ({
  label: 'Contenu',
  description: `Le corps ${what}, bloc par bloc, dans l’ordre de lecture : Texte, Image, Citation, Vidéo, Mise en avant, Mise en exergue, Accordéon, Tableau. Réservez le bloc « HTML importé » aux contenus repris de l’ancien site.`,
});

export const altField = (what: string): SchemaFieldLabel => ({
  label: `Texte alternatif ${what}`,
  description:
    'Obligatoire dès qu’une image est choisie : décrivez en une phrase ce qu’elle montre et ce qu’elle apporte, pour les personnes qui ne la voient pas. Inutile d’écrire « image de ».',
});

// Scheduled publication: the site shows the entry only between these instants (see docs/evenements-et-planification.md).
export const scheduleFields = (what: string): Record<'visibleFrom' | 'visibleUntil', SchemaFieldLabel> => ({
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
export const reviewStateField: Record<'reviewState', SchemaFieldLabel> = {
  reviewState: {
    label: 'Relecture',
    description:
      'Choisissez « À relire » puis enregistrez pour demander une relecture : l’équipe Publication la voit sur sa page d’accueil. « Prêt à publier » dit que le contenu a été relu. Après la publication, le champ revient de lui-même à « Non demandée ».',
  },
};

// src/i18n/translation-request.ts: the same box in both languages.
export const translationRequestLabel: Record<'englishRequested', SchemaFieldLabel> = {
  englishRequested: {
    label: 'Traduction anglaise demandée',
    description:
      'Cochez-la pour demander la version anglaise de ce contenu : tant qu’elle n’est pas publiée, il figure dans la liste « À compléter » de l’accueil (traduction manquante). Pour traduire, choisissez « Anglais » dans le menu des langues en haut à droite. La case est la même dans les deux langues.',
  },
};

// The editorial lifecycle (src/lifecycle/): change notes, archiving, replacement at unpublish time.
export const lifecycleLabelFields: Record<'updateNote' | 'minorCorrection' | 'changeNotes' | 'revisedAt' | 'archived' | 'archiveReason' | 'replacedBy', SchemaFieldLabel> = {
  updateNote: {
    label: 'Note de mise à jour',
    description:
      'Pour corriger une page déjà publiée : ce qui a changé, en une phrase, par exemple « Ajout du calendrier ». À la publication, la note s’affiche au bas de la page avec sa date, la date de mise à jour s’affiche sous le titre et le flux RSS l’annonce ; le champ se vide ensuite. Sans note, la correction reste discrète.',
    placeholder: 'Ex. : Ajout du calendrier des candidatures',
  },
  minorCorrection: {
    label: 'Correction mineure',
    description: 'À cocher pour une faute de frappe ou une tournure : la page est corrigée sans note ni date de mise à jour, et la note éventuelle est ignorée.',
  },
  changeNotes: {
    label: 'Notes de mise à jour publiées',
    description: 'Rempli à chaque publication d’une correction avec une note : l’historique public des mises à jour de la page, du plus ancien au plus récent.',
  },
  revisedAt: {
    label: 'Dernière mise à jour',
    description: 'Rempli à chaque publication qui n’est pas une correction mineure : la date que le plan du site donne aux moteurs de recherche.',
  },
  archived: {
    label: 'Archivée',
    description:
      'Réservé à l’équipe Publication. Une page archivée reste en ligne à son adresse avec un bandeau « Cette page est archivée », mais quitte les listes, l’accueil et les flux ; la recherche la signale comme archivée. Décochez puis publiez pour la désarchiver.',
  },
  archiveReason: {
    label: 'Motif de l’archivage',
    description: 'Obligatoire pour archiver : la raison lue par le public dans le bandeau, par exemple « ce plan d’action a été remplacé par celui de 2027 ».',
    placeholder: 'Ex. : ce plan d’action a été remplacé par celui de 2027',
  },
  replacedBy: {
    label: 'Remplacée par',
    description:
      'Avant d’annuler la publication : l’adresse de la page qui remplace celle-ci, sans le nom du site, par exemple /articles/nouveau-plan/. L’ancienne adresse y renverra au lieu d’afficher « page introuvable ».',
    placeholder: '/articles/…/',
  },
};

// Computed at every write by src/picker-label: the name shown in relation pickers and on the home page.
export const pickerLabelField: Record<'pickerLabel', SchemaFieldLabel> = {
  pickerLabel: {
    label: 'Nom dans les listes',
    description: 'Rempli automatiquement à chaque enregistrement ; c’est ce nom que montrent les listes de choix et l’accueil.',
    hidden: true,
  },
};

export const sizeHelp = 'Petite, moyenne (choix par défaut) ou grande.';

export const urlHelp =
  'Une page de ce site commence par / (ex. : /pages/a-propos/), un autre site par https://, une adresse électronique par mailto:.';

export const acceptedHosts = Object.values(videoProviders)
  .map((provider) => `${provider.label} : ${provider.hosts.join(', ')}`)
  .join(' ; ');

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

export const componentLabels: EditorLabelMap = {
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
          'Seulement si la citation n’est pas dans la bibliothèque : les paroles exactes de la personne. Renseignez aussi son nom s’il est connu. 1 200 caractères au plus.',
      },
      authorName: {
        label: 'Auteur ou autrice (usage unique)',
        description: 'Prénom et nom de la personne citée, si vous avez saisi le texte ci-dessus. Laissé vide (auteur inconnu), la citation s’affiche sans signature.',
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

  'shared.change-note': {
    mainField: 'text',
    fields: {
      date: { label: 'Date', description: 'Le moment de la publication de la correction.' },
      text: { label: 'Note', description: 'Ce qui a changé, tel que le public le lit au bas de la page.' },
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
