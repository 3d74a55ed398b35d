import type { Core } from '@strapi/strapi';

/**
 * Strapi creates the super administrators' role with an English name and description ("Super
 * Admin", shown in capitals on the home page and in Paramètres › Utilisateurs). They are stored
 * rows, not interface strings: renamed here while they are still Strapi's, so that a name an
 * administrator chose is kept.
 */
const strapiDefault = { name: 'Super Admin', description: 'Super Admins can access and manage all features and settings.' };
const french = { name: 'Super administrateur', description: 'Accède à toutes les fonctions et à tous les paramètres, et gère les comptes.' };

export const frenchSuperAdminRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.db.query('admin::role');
  await roles.updateMany({ where: { code: 'strapi-super-admin', name: strapiDefault.name }, data: { name: french.name } });
  await roles.updateMany({ where: { code: 'strapi-super-admin', description: strapiDefault.description }, data: { description: french.description } });
};
