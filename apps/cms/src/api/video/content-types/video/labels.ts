import { contentTypeLabels, systemFields, reviewStateField, acceptedHosts, pickerLabelField, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
  mainField: 'pickerLabel',
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
    ...pickerLabelField,
    ...reviewStateField,
    ...translationRequestLabel,
    ...systemFields,
  },
});
