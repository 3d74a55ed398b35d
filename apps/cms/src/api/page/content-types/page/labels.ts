import { contentTypeLabels, systemFields, importFields, toCompleteField, legacyPathsField, titleField, slugField, seoField, bodyField, reviewStateField, lifecycleLabelFields, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
  mainField: 'title',
  // With Strapi's « Statut », what fits a 1,280 px screen.
  listColumns: ['title', 'reviewState', 'updatedAt'],
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
    ...importFields,
    legacyPaths: legacyPathsField('/fr/a-propos/'),
    toComplete: toCompleteField,
    ...reviewStateField,
    ...lifecycleLabelFields,
    ...translationRequestLabel,
    ...systemFields,
  },
});
