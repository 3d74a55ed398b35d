import { contentTypeLabels, systemFields, altField, reviewStateField, pickerLabelField, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
// A quote is named in relation pickers by the start of its text and its author (src/picker-label):
// one author may have many quotes (the import gives nine to « Auteur à préciser »).
export default contentTypeLabels<typeof import('./schema.json')>({
  mainField: 'pickerLabel',
  listColumns: ['text', 'authorName', 'reviewState', 'updatedAt'],
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
      description: 'Prénom et nom de la personne citée, tels qu’ils seront affichés. Laissé vide (auteur inconnu), la citation est publiée sans signature.',
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
    ...pickerLabelField,
    ...reviewStateField,
    ...translationRequestLabel,
    ...systemFields,
  },
});
