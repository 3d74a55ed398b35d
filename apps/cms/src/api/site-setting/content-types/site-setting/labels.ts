import { contentTypeLabels, systemFields } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
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
    sectionRedirects: {
      label: 'Anciennes adresses des rubriques',
      description:
        'Facultatif. Une ligne par ancienne adresse de rubrique, de liste ou de flux de l’ancien site, suivie d’une espace et de la page de ce site vers laquelle elle renvoie, par exemple « /fr/blog/ /articles/ » ou « /feed/feed.xml /rss.xml ». Écrit par l’import, et par « Annuler la publication » d’une page dont le champ « Remplacée par » est rempli (la ligne disparaît si la page est publiée à nouveau) ; les adresses des entrées elles-mêmes sont dans leurs « Anciennes adresses ».',
      placeholder: '/fr/blog/ /articles/',
    },
    ...systemFields,
  },
});
