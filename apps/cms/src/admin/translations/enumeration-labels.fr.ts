/**
 * What an editor reads for each value of an enumeration (the schemas' `enum`), instead of the code
 * stored: the content manager's select shows `formatMessage({ id: value })` for an option without a
 * label (admin FormInputs/Enumeration), so each value is a key of the admin's messages. Values
 * already in French words (the review states) need none. One label per value whichever field has
 * it: `sm` is « Petite » both for the player's width (largeur) and the text's size (taille).
 */
export const enumerationLabelsFr: Record<string, string> = {
  sm: 'Petite',
  md: 'Moyenne',
  lg: 'Grande',
  peertube: 'PeerTube (hébergement de l’État)',
  youtube: 'YouTube (sans cookie)',
  dailymotion: 'Dailymotion',
  vimeo: 'Vimeo',
  webinaire: 'Webinaire',
  rencontre: 'Rencontre',
  atelier: 'Atelier',
  'non-conforme': 'Non conforme',
  'partiellement-conforme': 'Partiellement conforme',
  'totalement-conforme': 'Totalement conforme',
};
