import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT_FOLDERS, DEFAULT_MAX_FILE_BYTES, DEFAULT_PAGE_FOLDERS, parseUrlPattern, planFile, type ImportPlan, type PlanOptions } from '../src';
import { withoutLanguageSwitch } from '../src/language-switch';
import { frenchSideOf, pairTranslations } from '../src/translations';

const site = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/legacy-site');
const options: PlanOptions = {
  siteRoot: site,
  as: 'auto',
  inputDir: 'content',
  patterns: [parseUrlPattern('content/fr/blog/posts=/fr/blog/{slug}/')],
  eventFolders: DEFAULT_EVENT_FOLDERS,
  pageFolders: DEFAULT_PAGE_FOLDERS,
  useGit: false,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
};
const plan = (file: string): ImportPlan => {
  const planned = planFile(path.join(site, 'content', file), options);
  if (planned.kind === 'navigation') throw new Error(`${file} : fichier de navigation`);
  return planned;
};
const textOf = (p: ImportPlan): string => JSON.stringify(p.kind === 'article' || p.kind === 'page' ? p.body : p.body);

describe('the old site’s language-switch line', () => {
  it('is taken out of the text, its line left empty, whatever its wording', () => {
    const body = 'Intro.\n\n*Aller à la page « [Titre](/fr/blog/titre/) » en Français*\n\nSuite.\n\n<a href="/en/x/">English version</a>\n';
    expect(withoutLanguageSwitch(body, 7)).toEqual({
      body: 'Intro.\n\n\n\nSuite.\n\n\n',
      switches: [
        { href: '/fr/blog/titre/', line: 9 },
        { href: '/en/x/', line: 13 },
      ],
    });
  });

  it('stays text when it is part of a paragraph or has no link', () => {
    for (const body of ['Nous publions aussi en anglais : [voir](/en/).\nEt la suite du paragraphe.', 'Read this page in English.', 'Deux liens [en anglais](/en/a/) et [in English](/en/b/).']) {
      expect(withoutLanguageSwitch(body).switches, body).toEqual([]);
    }
  });
});

describe('pairing the legacy site’s English files with French entries (pure)', () => {
  const french = ['fr/about/index.md', 'fr/contact/index.md', 'fr/blog/posts/logiciels-libres-au-ministere.md', 'fr/blog/posts/journee-contribution/index.md'].map(plan);
  const english = ['en/about/index.md', 'en/blog/posts/free-software-at-the-ministry.md', 'en/contact/index.md', 'en/blog/posts/contribution-day/index.md'].map(plan);
  const { pairs, alone } = pairTranslations(english, french.map(frenchSideOf));
  const pairOf = (file: string) => {
    const found = [...pairs].find(([en]) => en.source === `content/${file}`);
    return found ? `${found[1].french.name} (${found[1].how})` : null;
  };

  it('knows each file’s language and drops the switch line from the text of both versions', () => {
    expect(english.map((p) => p.locale)).toEqual(['en', 'en', 'en', 'en']);
    expect(french.map((p) => p.locale)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(french[0]?.languageLinks).toEqual(['/en/about/']);
    expect(english[1]?.languageLinks).toEqual(['/fr/blog/logiciels-libres-au-ministere/']);
    expect(textOf(french[0] as ImportPlan)).not.toMatch(/Read this page|\/en\/about/);
    expect(textOf(english[1] as ImportPlan)).not.toMatch(/Aller à la page|en Français/);
    expect(textOf(english[1] as ImportPlan)).toContain('The ministry replaced three programs');
  });

  it('pairs by the English file’s link, the French file’s link, or addresses that differ only by the language', () => {
    expect(pairOf('en/blog/posts/free-software-at-the-ministry.md')).toBe(
      'content/fr/blog/posts/logiciels-libres-au-ministere.md (sa ligne de changement de langue mène à /fr/blog/logiciels-libres-au-ministere/)',
    );
    expect(pairOf('en/about/index.md')).toBe('content/fr/about/index.md (la ligne de changement de langue de content/fr/about/index.md mène à /en/about/)');
    expect(pairOf('en/contact/index.md')).toBe('content/fr/contact/index.md (son adresse /en/contact/ ne diffère de /fr/contact/ que par la langue)');
  });

  it('keeps an English file without a French version as an English-only entry, saying why', () => {
    expect(pairOf('en/blog/posts/contribution-day/index.md')).toBeNull();
    expect([...alone].map(([p, why]) => `${p.source} : ${why}`)).toEqual([
      'content/en/blog/posts/contribution-day/index.md : entrée en anglais seulement : aucune page française ne lui correspond (ni ligne de changement de langue, ni adresse /fr/… à la langue près)',
    ]);
  });

  it('gives a French entry one English version: a second file that claims it is kept on its own, and so is one of another type', () => {
    const [about, , contact] = english as [ImportPlan, ImportPlan, ImportPlan];
    const copy: ImportPlan = { ...about, source: 'content/en/about-copy.md', languageLinks: ['/fr/about/'] };
    const article: ImportPlan = { ...contact, source: 'content/en/contact-article.md', languageLinks: ['/fr/blog/journee-contribution/'] };
    const result = pairTranslations([about, copy, article], french.map(frenchSideOf));
    expect(result.pairs.get(about)?.french.name).toBe('content/fr/about/index.md');
    expect(result.alone.get(copy)).toBe('entrée en anglais seulement : content/fr/about/index.md a déjà pour version anglaise content/en/about/index.md (sa ligne de changement de langue mène à /fr/about/)');
    expect(result.alone.get(article)).toBe(
      'entrée en anglais seulement : sa ligne de changement de langue mène à /fr/blog/journee-contribution/, mais content/fr/blog/posts/journee-contribution/index.md n’est pas du même type (articles, ce fichier : pages)',
    );
  });
});
