import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/lib/generate';
import { generatePreviewSections, PREVIEW_SECTIONS_FILE } from '../scripts/lib/preview-sections';
import { readModel } from '../scripts/lib/read-schemas';
import type { Model } from '../scripts/lib/strapi-schema';

const firstDifference = (a: string, b: string): string => {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, index) => text !== right[index]);
  const at = line === -1 ? left.length : line;
  return `ligne ${at + 1} : attendu « ${right[at] ?? '(fin)'} », trouvé « ${left[at] ?? '(fin)'} »`;
};

describe('src/generated.ts', () => {
  it('correspond aux schémas Strapi actuels', () => {
    const onDisk = readFileSync(new URL('../src/generated.ts', import.meta.url), 'utf8');
    const expected = generate();
    if (onDisk !== expected) {
      expect.fail(`src/generated.ts est périmé : lancez \`npm run types\` (${firstDifference(onDisk, expected)})`);
    }
  });

  it("s'accompagne de la liste des types à aperçu du CMS, elle aussi à jour", () => {
    const onDisk = readFileSync(PREVIEW_SECTIONS_FILE, 'utf8');
    const expected = generatePreviewSections();
    if (onDisk !== expected) {
      expect.fail(`${PREVIEW_SECTIONS_FILE} est périmé : lancez \`npm run types\` (${firstDifference(onDisk, expected)})`);
    }
  });

  it("ne dépend pas de l'ordre des attributs ni des fichiers", () => {
    const model = readModel();
    const reverse = <T>(map: ReadonlyMap<string, T>, edit: (value: T) => T): Map<string, T> =>
      new Map([...map].reverse().map(([key, value]) => [key, edit(value)]));
    const shuffled: Model = {
      contentTypes: reverse(model.contentTypes, (ct) => ({ ...ct, attributes: Object.fromEntries(Object.entries(ct.attributes).reverse()) })),
      components: reverse(model.components, (c) => ({ ...c, attributes: Object.fromEntries(Object.entries(c.attributes).reverse()) })),
      locales: model.locales,
    };
    expect(generate(shuffled)).toBe(generate(model));
  });

  it('refuse une inclusion circulaire entre blocs et types de contenu', () => {
    const model = readModel();
    const quote = model.contentTypes.get('api::quote.quote');
    if (!quote) throw new Error('quote manquant');
    const contentTypes = new Map(model.contentTypes);
    contentTypes.set(quote.uid, {
      ...quote,
      attributes: { ...quote.attributes, body: { type: 'dynamiczone', components: ['blocks.quote'] } },
    });
    expect(() => generate({ ...model, contentTypes })).toThrow(/circulaire/);
  });
});
