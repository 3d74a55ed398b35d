import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVENT_FOLDERS, DEFAULT_MAX_FILE_BYTES, DEFAULT_PAGE_FOLDERS, parseUrlPattern, planFile, type ImportPlan, type PlanOptions } from '../src';
import { withoutLanguageSwitch } from '../src/language-switch';
import { menuOf, mergeMenu, type NavigationSource } from '../src/navigation';
import { collectionOf, englishRouteOf } from '../src/site-routes';
import { frenchSideOf, oldAddressIn, pairTranslations } from '../src/translations';

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

describe('the old site’s English menu (pure, issue 32)', () => {
  // Each English file of the fixture with its eleventyNavigation, at its English page's new address.
  const source = (file: string): NavigationSource => {
    const planned = planFile(path.join(site, 'content', file), options);
    if (planned.kind === 'navigation') return { source: planned.source, entry: planned.navigation, newUrl: null };
    if (!planned.navigation) throw new Error(`${file} : pas d’eleventyNavigation`);
    return { source: planned.source, entry: planned.navigation, newUrl: englishRouteOf(collectionOf(planned.kind), planned.slug) };
  };

  it('leads each English entry to its English page, as the French menu does: sub-entries and unknown addresses named', () => {
    const sources = ['en/about/index.md', 'en/contact/index.md', 'en/_navigation/blog.md'].map(source);
    const menu = menuOf(
      [
        ...sources,
        { source: 'content/en/_navigation/team.md', entry: { key: 'Team', title: null, parent: 'About', order: 1, url: '/en/about/team/' }, newUrl: null },
        { source: 'content/en/_navigation/archives.md', entry: { key: 'Archives', title: null, parent: null, order: 9, url: '/en/archives/' }, newUrl: null },
      ],
      // The run's lookup: an old English folder whose entries all became articles is the English articles' section.
      (oldPath) => (oldPath === '/en/blog/' ? '/en/articles/' : null),
    );
    expect(menu.links).toEqual([
      { label: 'About', url: '/en/pages/about/' },
      { label: 'Blog', url: '/en/articles/' },
      { label: 'Contact', url: '/en/pages/contact/' },
      { label: 'Archives', url: '/en/archives/' },
    ]);
    expect(menu.notes).toEqual([
      { source: 'content/en/_navigation/archives.md', note: 'entrée de menu « Archives » : /en/archives/ ne mène à aucune page importée, adresse gardée telle quelle (à vérifier)' },
      { source: 'content/en/_navigation/team.md', note: 'entrée de menu « Team » sous « About » : le menu du site n’a qu’un niveau, ajoutez-la depuis l’administration si elle manque' },
    ]);
  });

  it('adds to the import’s own English menu, keeps one written in the admin as it is and names what it lacks; French replaces as before', () => {
    const about = { label: 'About', url: '/en/pages/about/' };
    const blog = { label: 'Blog', url: '/en/articles/' };
    expect(mergeMenu([], [about, blog], 'en')).toEqual({ mainMenu: [about, blog], missing: [] });
    expect(mergeMenu([blog], [about, blog], 'en')).toEqual({ mainMenu: [blog, about], missing: [] });
    expect(mergeMenu([about, blog], [about, blog], 'en')).toEqual({ mainMenu: [about, blog], missing: [] });
    const written = [{ label: 'Home', url: '/en/' }, { label: 'About us', url: '/en/pages/about/' }];
    expect(mergeMenu(written, [about, blog], 'en')).toEqual({ mainMenu: written, missing: [about, blog] });
    expect(mergeMenu([{ label: 'À propos', url: '/pages/a-propos/' }, { label: 'Contact', url: '/pages/contact/' }], [{ label: 'À propos', url: '/pages/about/' }, { label: 'Gazettes', url: '/articles/' }], 'fr')).toEqual({
      mainMenu: [{ label: 'À propos', url: '/pages/about/' }, { label: 'Contact', url: '/pages/contact/' }, { label: 'Gazettes', url: '/articles/' }],
      missing: [],
    });
  });

  it('finds the old address of a page in another language from its language folder', () => {
    expect(oldAddressIn('/fr/blog/tags/{tag}/', 'en')).toBe('/en/blog/tags/{tag}/');
    expect(oldAddressIn('/en/about/', 'fr')).toBe('/fr/about/');
    expect(oldAddressIn('/tags/{tag}/', 'en')).toBeNull();
  });
});
