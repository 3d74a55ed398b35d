import { contentTypeLabels, systemFields } from '../../../../bootstrap/editor-labels.data';

// The French labels of this type in the content manager, checked against its schema.json.
export default contentTypeLabels<typeof import('./schema.json')>({
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
});
