import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readModel } from '../scripts/lib/read-schemas';
import { contentTypes, defaultLocale, locales, routedTypes } from '../src/index';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A minimal apps/cms/src with one type, its route.json and the languages file. */
const cmsWith = (schema: object, route?: object): string => {
  const root = mkdtempSync(join(tmpdir(), 'bluehats-locales-'));
  folders.push(root);
  const typeDir = join(root, 'api', 'note', 'content-types', 'note');
  mkdirSync(typeDir, { recursive: true });
  mkdirSync(join(root, 'components'));
  mkdirSync(join(root, 'i18n'));
  writeFileSync(join(typeDir, 'schema.json'), JSON.stringify(schema));
  if (route) writeFileSync(join(typeDir, 'route.json'), JSON.stringify(route));
  writeFileSync(join(root, 'i18n', 'locales.json'), JSON.stringify({ defaultLocale: 'fr', locales: [{ code: 'fr', name: 'Français (fr)' }, { code: 'en', name: 'Anglais (en)' }] }));
  return root;
};

const note = (attributes: object) => ({
  kind: 'collectionType',
  info: { singularName: 'note', pluralName: 'notes', displayName: 'Note' },
  pluginOptions: { i18n: { localized: true } },
  attributes,
});

describe('langues du registre', () => {
  it('exporte les langues une fois, le français par défaut, et dit de chaque type s’il est traduit', () => {
    expect(locales).toEqual(['fr', 'en']);
    expect(defaultLocale).toBe('fr');
    const translated = Object.entries(contentTypes).filter(([, type]) => type.localized).map(([name]) => name);
    expect(translated.sort()).toEqual(['articles', 'events', 'navigation', 'pages', 'project-calls', 'quotes', 'site-setting', 'tags', 'videos']);
  });

  it('donne leur rubrique anglaise aux types qui en déclarent une', () => {
    const english = Object.fromEntries(routedTypes.map((type) => [type.name, type.en && `${type.en.section} ${type.en.label}`]));
    expect(english).toEqual({
      articles: 'articles Articles',
      events: 'events Events',
      pages: 'pages Pages',
      'project-calls': 'calls-for-projects Calls for projects',
      quotes: null,
      tags: 'tags Topics',
      videos: 'videos Videos',
    });
  });

  it('refuse un type traduit dont un champ ne dit pas s’il est traduit, en nommant le fichier et le champ', () => {
    const root = cmsWith(
      note({
        title: { type: 'string', pluginOptions: { i18n: { localized: true } } },
        date: { type: 'date' },
        slug: { type: 'uid', targetField: 'title' },
      }),
    );
    expect(() => readModel(`${root}/`)).toThrow(/Type traduit sans règle de langue dans .*note\/schema\.json : date —/);
  });

  it('refuse une rubrique anglaise mal écrite dans route.json', () => {
    const root = cmsWith(note({ title: { type: 'string', pluginOptions: { i18n: { localized: true } } } }), {
      section: 'notes',
      label: 'Notes',
      detailPages: true,
      en: { section: 'Notes!', label: 'Notes' },
    });
    expect(() => readModel(`${root}/`)).toThrow(/route\.json[\s\S]*en\.section/);
  });
});
