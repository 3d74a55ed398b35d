/**
 * French for the few words Strapi 5.54 writes in its code without a translation key, so that no
 * translation of ours can reach them:
 * - the tab's title before a page sets its own (« Strapi Admin », DefaultDocument) and `lang="en"`
 *   on the page, which makes screen readers read French with an English voice;
 * - the status badges' accessible names, the raw status (`aria-label="draft"`, DocumentStatus);
 * - the design system's default labels of the date and time pickers and of a dialog's close button,
 *   the media dialog's search button (SearchAsset);
 * - the edition on Paramètres › Vue d'ensemble (« Community », getProjectType);
 * - the page names some settings pages give to their tab's title (« Réglages - Users »);
 * - « (default) » after the default language's name in the list view's « Disponible en » column
 *   (i18n LocaleListCell): French is always the default, so the mark is dropped, which also keeps
 *   the column narrow enough for « Statut » to show on a 1,280 px screen.
 * Patching Strapi's built files would be lost at each upgrade; this rewrites those exact values
 * where they appear, and nothing else.
 */

import { defaultLocale, siteLocales } from '../i18n/locales';

const defaultName = siteLocales.find((locale) => locale.code === defaultLocale)?.name ?? '';
const marked = `${defaultName} (default)`;
/** The cell's texts: the default language alone, or with one other, sorted by name as the cell sorts them. */
const languageCells = Object.fromEntries([
  [marked, defaultName],
  ...siteLocales
    .filter((locale) => locale.code !== defaultLocale)
    .map((other) => {
      const [first, second] = [marked, other.name].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }));
      return [`${first}, ${second}`, `${first}, ${second}`.replace(marked, defaultName)];
    }),
]);

/** Whole values of an accessible name, a tooltip or a text. */
const french: Record<string, string> = {
  ...languageCells,
  draft: 'Brouillon',
  published: 'Publié',
  modified: 'Modifié',
  'Choose date': 'Choisir une date',
  'Choose time': 'Choisir une heure',
  'Close modal': 'Fermer',
  Search: 'Rechercher',
  Community: 'Édition communautaire',
};

/** Page names in « Réglages - {name} | Strapi ». */
const pageNames: Record<string, string> = {
  'API Tokens': 'Jetons d’API',
  'Admin Tokens': 'Jetons d’administration',
  'Transfer Tokens': 'Jetons de transfert',
  Roles: 'Rôles',
  Users: 'Utilisateurs',
  Webhooks: 'Notifications sortantes',
};

const translateTitle = (): void => {
  const title = document.title.replace(/ - (.+?) \|/, (whole, name: string) => (pageNames[name] ? ` - ${pageNames[name]} |` : whole));
  const next = title === 'Strapi Admin' ? 'Administration BlueHats' : title;
  if (next !== document.title) document.title = next;
};

const names = ['aria-label', 'title'];

const translateElement = (element: Element): void => {
  for (const name of names) {
    const text = french[element.getAttribute(name) ?? ''];
    if (text) element.setAttribute(name, text);
  }
};

const translateTree = (root: Node): void => {
  if (root instanceof Element) {
    translateElement(root);
    root.querySelectorAll(names.map((name) => `[${name}]`).join(',')).forEach(translateElement);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    const text = node.nodeType === Node.TEXT_NODE ? french[node.nodeValue ?? ''] : undefined;
    if (text) node.nodeValue = text;
  }
};

export const translateHardCodedEnglish = (): void => {
  document.documentElement.lang = 'fr';
  translateTitle();
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') translateElement(record.target as Element);
      else if (record.target instanceof HTMLTitleElement) translateTitle();
      else record.addedNodes.forEach(translateTree);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: names });
};
