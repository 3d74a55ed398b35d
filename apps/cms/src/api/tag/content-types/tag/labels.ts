import { contentTypeLabels, systemFields, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
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
    ...translationRequestLabel,
    ...systemFields,
  },
});
