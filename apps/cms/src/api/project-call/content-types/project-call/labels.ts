import { contentTypeLabels, systemFields, importFields, toCompleteField, legacyPathsField, titleField, slugField, seoField, altField, scheduleFields, reviewStateField, lifecycleLabelFields, translationRequestLabel } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
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
    ...lifecycleLabelFields,
    ...translationRequestLabel,
    ...systemFields,
  },
});
