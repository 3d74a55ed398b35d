import { locales, type Locale } from '@bluehats/content-types';
import type { ImportPlan } from './plan';
import { collectionOf, type Collection } from './site-routes';

/**
 * Which French entry an English file of the old site is the translation of. The old site kept the
 * two versions of a page as two files linked to each other (« Aller à la page … en Français »,
 * « Read this page in English ») or at addresses that differ only by the language
 * (/en/about/ beside /fr/about/). Pure: the run writes the pairs it finds (run.ts).
 */

/** A French entry an English file may translate: a file of this run, or an entry already in the CMS. */
export type FrenchSide = { name: string; collection: Collection; oldPaths: string[]; languageLinks: string[] };

export type Pairing<F extends FrenchSide> = { french: F; how: string };

// The old site kept each language's pages in a folder named after it: /fr/about/, /en/about/.
const LANGUAGE_FOLDER = new RegExp(`^/(${locales.join('|')})(/.*)$`);

/** /fr/blog/tags/{tag}/ → /en/blog/tags/{tag}/: the old site's address of the same page in another language; null outside a language's folder. */
export const oldAddressIn = (oldPath: string, locale: Locale): string | null => {
  const match = LANGUAGE_FOLDER.exec(oldPath);
  return match ? `/${locale}${match[2] ?? '/'}` : null;
};

/** /en/about/ → /fr/about/: the old site's French address for the same page. */
export const frenchAddressOf = (oldPath: string): string | null => (oldPath.startsWith('/en/') ? oldAddressIn(oldPath, 'fr') : null);

type Rule = (english: ImportPlan, french: FrenchSide) => string | null;

// In this order: a link written by hand says more than two addresses that look alike.
const RULES: Rule[] = [
  (english, french) => {
    const link = english.languageLinks.find((l) => french.oldPaths.includes(l));
    return link ? `sa ligne de changement de langue mène à ${link}` : null;
  },
  (english, french) => (english.oldPath && french.languageLinks.includes(english.oldPath) ? `la ligne de changement de langue de ${french.name} mène à ${english.oldPath}` : null),
  (english, french) => {
    const address = english.oldPath ? frenchAddressOf(english.oldPath) : null;
    return address && french.oldPaths.includes(address) ? `son adresse ${english.oldPath ?? ''} ne diffère de ${address} que par la langue` : null;
  },
];

export type Translations<F extends FrenchSide> = {
  /** Each English file paired with the French entry it translates, and why. */
  pairs: Map<ImportPlan, Pairing<F>>;
  /** Each English file left on its own (an English-only entry), and why, in the report's words. */
  alone: Map<ImportPlan, string>;
};

export const pairTranslations = <F extends FrenchSide>(english: readonly ImportPlan[], french: readonly F[]): Translations<F> => {
  const pairs = new Map<ImportPlan, Pairing<F>>();
  const alone = new Map<ImportPlan, string>();
  const taken = new Map<F, ImportPlan>();
  for (const plan of english) {
    let found: Pairing<F> | null = null;
    for (const rule of RULES) {
      for (const candidate of french) {
        const how = rule(plan, candidate);
        if (how) {
          found = { french: candidate, how };
          break;
        }
      }
      if (found) break;
    }
    if (!found) {
      alone.set(
        plan,
        plan.languageLinks.length
          ? `entrée en anglais seulement : sa ligne de changement de langue mène à ${plan.languageLinks.join(', ')}, qui n’est l’adresse d’aucune page française importée`
          : 'entrée en anglais seulement : aucune page française ne lui correspond (ni ligne de changement de langue, ni adresse /fr/… à la langue près)',
      );
      continue;
    }
    const other = taken.get(found.french);
    if (other) {
      alone.set(plan, `entrée en anglais seulement : ${found.french.name} a déjà pour version anglaise ${other.source} (${found.how})`);
      continue;
    }
    if (found.french.collection !== collectionOf(plan.kind)) {
      alone.set(plan, `entrée en anglais seulement : ${found.how}, mais ${found.french.name} n’est pas du même type (${found.french.collection}, ce fichier : ${collectionOf(plan.kind)})`);
      continue;
    }
    taken.set(found.french, plan);
    pairs.set(plan, found);
  }
  return { pairs, alone };
};

/** A French file of this run as a side to pair with. */
export const frenchSideOf = (plan: ImportPlan): FrenchSide & { plan: ImportPlan } => ({
  name: plan.source,
  collection: collectionOf(plan.kind),
  oldPaths: [...(plan.oldPath ? [plan.oldPath] : []), ...(plan.otherOldPaths ?? [])],
  languageLinks: plan.languageLinks,
  plan,
});
