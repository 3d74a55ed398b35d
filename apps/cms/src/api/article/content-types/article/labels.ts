import { contentTypeLabels, systemFields, importFields, toCompleteField, legacyPathsField, titleField, slugField, seoField, bodyField, altField, scheduleFields, reviewStateField, lifecycleLabelFields, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
  mainField: 'title',
  // Two columns, Strapi's « Statut » and the languages' « Disponible en » fit a 1,280 px screen; the list is
  // sorted by date, newest first, and the date is in the edit view.
  listColumns: ['title', 'reviewState'],
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
    ...lifecycleLabelFields,
    ...translationRequestLabel,
    ...systemFields,
  },
});
