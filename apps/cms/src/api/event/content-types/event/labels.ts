import { contentTypeLabels, systemFields, toCompleteField, legacyPathsField, titleField, slugField, reviewStateField, lifecycleLabelFields, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
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
    allDay: {
      label: 'Horaire non précisé',
      description:
        'Cochez quand seul le jour est connu (un ancien événement dont les heures sont perdues, par exemple) : le site affiche « horaire non précisé » et les agendas le montrent sur la journée entière. L’heure du début est alors ignorée ; la fin, facultative, donne le dernier jour ; la durée reste vide.',
    },
    endsAt: {
      label: 'Fin',
      description: 'Date et heure de fin, en heure de Paris. Remplissez la fin ou la durée, pas les deux (ni l’une ni l’autre n’est demandée quand l’horaire n’est pas précisé). La fin doit suivre le début.',
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
    ...lifecycleLabelFields,
    ...translationRequestLabel,
    ...systemFields,
  },
});
