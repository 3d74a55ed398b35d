import type { Page } from 'playwright-core';

/**
 * What counts as English (or as Strapi's French mistakes) on an admin screen, for
 * admin-in-french.test.ts. Words are matched whole, as written or in capitals (CSS capitals:
 * "EMAIL PLUGIN"), not in lower case, where they are code the admin shows on purpose
 * (`config/plugins.ts`, the `publish` action of a permission). Each was seen on an editor's or the administrator's screen (issues 20 and 31).
 */
const englishWords = [
  // Issue 20: the editors' working day.
  'Search',
  'characters',
  'Open preview',
  'Preview',
  'Save',
  'Publish',
  'Unpublish',
  'Draft',
  'Published',
  'Modified',
  'Introducing',
  'Read blog post',
  'Media Library',
  'Marketplace',
  'User',
  'Strapi Cloud',
  'Filters',
  'Settings',
  'Upload',
  'Create new entry',
  'Learn more',
  'Log in',
  'Password',
  'Forgot',
  'Profile',
  'Last update',
  'English',
  // Issue 31: login, blocks, date pickers, media library dialogs, settings.
  'Strapi Admin',
  'kai@doe.com',
  'More actions',
  'Choose date',
  'Choose time',
  'Blocks',
  'Add folder',
  'Add new assets',
  'List View',
  'Grid View',
  'Close modal',
  'Import from URL',
  'URLs',
  'API Uploads',
  'Browse',
  'Edit the model',
  'Configure the view',
  'Content-Type Builder',
  'Admin Tokens',
  'API Tokens',
  'Transfer Tokens',
  'Plugin',
  'Plugins',
  'Current plan',
  'Community',
  'Webhooks',
  'Customisation',
  'Customization',
  'Super Admin',
  'Overview',
  'Global Settings',
  'Administration Panel',
  'Roles',
  'Users',
  'Cancel',
  'Confirm',
  'Delete',
  // The status badges' accessible names (aria-label), in lower case.
  'draft',
  'published',
  'modified',
];

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const englishPattern = new RegExp(`\\b(${englishWords.flatMap((word) => [escaped(word), escaped(word.toUpperCase())]).join('|')})\\b`, 'g');

/** File sizes the English way: "2.2KB", "2,2KB" (French writes « 2,2 Ko »). */
const englishSize = /\d(?:[.,]\d+)?\s?[KMG]B\b/g;

/** Strapi 5.54's French mistakes (apostrophes of either kind), and a question mark glued to its word. */
const frenchMistakes = [/Il n[’']a pas encore d[’']entrée/gi, /PANNEAU D[’']AMINISTRATION/gi, /PARAMÈTRE GLOBAUX/gi, /\p{L}\?/gu];

/** English words and French mistakes found in a text. */
export const notFrenchIn = (text: string): string[] => {
  const found = [englishPattern, englishSize, ...frenchMistakes].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
  return [...new Set(found)];
};

/**
 * What an editor reads or hears: the tab's title, the rendered text (after CSS capitals), and the
 * placeholders, accessible names (aria-label) and tooltips (title) of the elements on screen.
 */
export const heardOn = async (tab: Page): Promise<string> =>
  tab.evaluate(() => {
    const attributes = ['placeholder', 'aria-label', 'title'];
    const named = [...document.querySelectorAll(attributes.map((name) => `[${name}]`).join(','))].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...named].join('\n');
  });
