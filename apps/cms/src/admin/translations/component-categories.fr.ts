/**
 * The French name of each category of components (a folder of src/components), shown as a heading
 * in the block picker: Strapi shows the folder's name with a capital otherwise ("Blocks").
 */
export const componentCategoriesFr: Record<string, string> = {
  blocks: 'Blocs',
  project: 'Projet',
  shared: 'Commun',
  table: 'Tableau',
};
