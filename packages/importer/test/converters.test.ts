import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lexer, type Tokens } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import {
  commonRoot,
  detailRoutes,
  extractShortcodes,
  fileSlug,
  findEventTimes,
  htmlTable,
  markdownTable,
  oldUrlOf,
  parseRedirect,
  parseUrlPattern,
  readInsideSite,
  sectionRedirectsOf,
  DEFAULT_SECTION_OPTIONS,
  type ImportPlan,
  resolveLink,
  withoutTemplateTags,
  type LinkContext,
} from '../src';
import { bodyItems } from '../src/body-items';
import { guessDate, pathDate } from '../src/entry-date';
import { checkFidelity, isExpectedUnchecked, DEFAULT_EVENT_FOLDERS, DEFAULT_MAX_FILE_BYTES, DEFAULT_PAGE_FOLDERS, inPageFolder, legalPageOf, planFile, splitQuote, type PlanOptions } from '../src';
import { menuOf } from '../src/navigation';
import { plannedTags } from '../src/tags';
import { writeReport } from '../src/report';
import { commitFolder } from './git-checkout';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'bluehats-converters-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('shortcodes', () => {
  it('turns image and embed shortcodes into markers and removes every other template tag, with its line', () => {
    const body = 'Texte.\n\n{% imageContent "./panel.jpg", "Le panel des OSPO", [1000] %}\n\n{% youtube "aBcDeFgHiJk", "Titre" %}\nVu sur {{ page.url }} et {%- raw -%}.\n';
    const scan = extractShortcodes(body, 5);
    expect(scan.shortcodes).toEqual([
      { kind: 'image', src: './panel.jpg', caption: 'Le panel des OSPO' },
      { kind: 'video', src: 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk', title: 'Titre' },
    ]);
    expect(scan.removed).toEqual(['ligne 10 : balise de gabarit retirée {{ page.url }}', 'ligne 10 : balise de gabarit retirée {%- raw -%}']);
    expect(scan.text).not.toMatch(/\{%|%\}|\{\{|\}\}/);
  });
  it('takes template tags out of a front-matter text too', () => {
    expect(withoutTemplateTags('Gazette {{ page.date | date }} de mars')).toEqual({ text: 'Gazette de mars', removed: true });
    expect(withoutTemplateTags('Sans balise')).toEqual({ text: 'Sans balise', removed: false });
  });
});

describe('tables', () => {
  it('reads a GFM table with its header row and plain-text cells', () => {
    const [token] = lexer('| A | **B** |\n|---|---:|\n| 1 | [deux](https://exemple.gouv.fr) |\n');
    expect(markdownTable(token as Tokens.Table)).toEqual({ caption: null, firstRowIsHeader: true, firstColumnIsHeader: false, rows: [['A', 'B'], ['1', 'deux']] });
  });
  it('reads an HTML table: caption, header row, header column', () => {
    const table = htmlTable('<table><caption>Étapes</caption><tr><th>É</th><th>Qui</th></tr><tr><th>Licence</th><td>Juriste &amp; DPO</td></tr></table>');
    expect(table).toEqual({ caption: 'Étapes', firstRowIsHeader: true, firstColumnIsHeader: true, rows: [['É', 'Qui'], ['Licence', 'Juriste & DPO']] });
  });
});

describe('links', () => {
  const ctx: LinkContext = {
    source: 'content/fr/blog/posts/a/index.md',
    oldPath: '/fr/blog/a/',
    oldOrigin: 'https://ancien.exemple.gouv.fr',
    routeOfOldPath: (p) => ({ '/fr/blog/b/': '/articles/b/' })[p] ?? null,
    routeOfSource: (s) => ({ 'content/fr/blog/posts/c.md': '/articles/c/' })[s] ?? null,
  };
  it('makes bare e-mail addresses mailto: links', () => {
    expect(resolveLink('floss@numerique.gouv.fr', ctx).url).toBe('mailto:floss@numerique.gouv.fr');
  });
  it('points links to imported pages at their new routes, whatever way they were written', () => {
    for (const href of ['/fr/blog/b/', '/fr/blog/b', '../b/', 'fr/blog/b/', 'https://ancien.exemple.gouv.fr/fr/blog/b/', '../c.md']) {
      expect(resolveLink(href, ctx).url, href).toMatch(/^\/articles\/[bc]\/$/);
    }
    expect(resolveLink('/fr/blog/b/#suite', ctx).url).toBe('/articles/b/#suite');
  });
  it('resolves other relative links against the old site, and keeps as text what the CMS would refuse', () => {
    expect(resolveLink('../autre/', ctx)).toMatchObject({ url: 'https://ancien.exemple.gouv.fr/fr/blog/autre/' });
    for (const href of ['javascript:alert(1)', '//evil.example/', '/\\evil.example', '#ancre', 'data:text/html,x']) {
      expect(resolveLink(href, ctx).url, href).toBeNull();
    }
  });
});

describe('old addresses and slugs', () => {
  const options = { inputDir: 'content', patterns: [parseUrlPattern('content/fr/blog/posts=/fr/blog/{slug}/')] };
  it('follows the permalink, then the folder patterns, then Eleventy’s rule', () => {
    expect(oldUrlOf('content/fr/blog/posts/x/index.md', '/fr/ailleurs/', options).path).toBe('/fr/ailleurs/');
    expect(oldUrlOf('content/fr/blog/posts/2023-01-02-x.md', undefined, options).path).toBe('/fr/blog/x/');
    expect(oldUrlOf('content/fr/webinaires/2023-05-12-y.md', undefined, options).path).toBe('/fr/webinaires/2023-05-12-y/');
    expect(oldUrlOf('content/fr/a-propos/index.md', undefined, options).path).toBe('/fr/a-propos/');
    expect(oldUrlOf('content/fr/x.md', '{{ page.fileSlug }}/', options).note).toMatch(/gabarit/);
  });
  it('gives a page bundle its folder’s name', () => {
    expect(fileSlug('content/fr/blog/posts/mon-article/index.md')).toBe('mon-article');
  });
  it('takes the new routes from the registry', () => {
    expect(detailRoutes()).toEqual({ articles: '/articles/', pages: '/pages/', 'project-calls': '/appels-a-projets/', events: '/evenements/' });
  });
  it('takes the common root of the arguments as the site root', () => {
    mkdirSync(path.join(scratch, 'site/content/fr/a'), { recursive: true });
    mkdirSync(path.join(scratch, 'site/content/fr/b'), { recursive: true });
    expect(commonRoot([path.join(scratch, 'site/content/fr/a'), path.join(scratch, 'site/content/fr/b')])).toBe(path.join(scratch, 'site/content/fr'));
  });
});

describe('dates and times', () => {
  it('reads event times in Paris time, summer and winter', () => {
    expect(findEventTimes('le 12 mai de 11h à 12h30', '2023-05-12')).toEqual({ startsAt: '2023-05-12T09:00:00.000Z', endsAt: '2023-05-12T10:30:00.000Z' });
    expect(findEventTimes('de 14 h à 15 h 30', '2024-01-10')).toEqual({ startsAt: '2024-01-10T13:00:00.000Z', endsAt: '2024-01-10T14:30:00.000Z' });
    expect(findEventTimes('11h-12h', '2024-02-08')).toEqual({ startsAt: '2024-02-08T10:00:00.000Z', endsAt: '2024-02-08T11:00:00.000Z' });
    expect(findEventTimes('toute la journée', '2024-02-08')).toBeNull();
  });
  it('takes a missing date from the first commit, else from the path, never from today', () => {
    const repo = path.join(scratch, 'repo');
    mkdirSync(path.join(repo, '2021/03/09'), { recursive: true });
    writeFileSync(path.join(repo, 'a.md'), 'x');
    commitFolder(repo, '2022-06-01T23:30:00+02:00');
    expect(guessDate(path.join(repo, 'a.md'), 'a.md', true)).toEqual({ date: '2022-06-01', how: 'date du premier commit du fichier' });
    expect(pathDate('content/fr/2021/03/09/b.md')).toBe('2021-03-09');
    expect(pathDate('content/fr/bsoc/2022/b.md')).toBeNull();
    expect(guessDate(path.join(repo, 'b.md'), 'bsoc/2022/b.md', false)).toBeNull();
  });
});

describe('reading files of the old site (issue 17, item 6)', () => {
  const site = path.join(scratch, 'lu');
  mkdirSync(site, { recursive: true });
  writeFileSync(path.join(scratch, 'secret.md'), '---\ntitle: secret\n---\n');
  it('refuses a symbolic link that leads out of the site root, naming the file', () => {
    symlinkSync(path.join(scratch, 'secret.md'), path.join(site, 'lien.md'));
    expect(() => readInsideSite(site, path.join(site, 'lien.md'), 'lien.md', 1000)).toThrow(/^lien\.md : ce fichier mène hors de la racine du site/);
  });
  it('refuses a named pipe and a file over the size limit', () => {
    execFileSync('mkfifo', [path.join(site, 'tube.md')]);
    expect(() => readInsideSite(site, path.join(site, 'tube.md'), 'tube.md', 1000)).toThrow(/^tube\.md : ce n’est pas un fichier ordinaire/);
    writeFileSync(path.join(site, 'gros.md'), 'x'.repeat(2000));
    expect(() => readInsideSite(site, path.join(site, 'gros.md'), 'gros.md', 1000)).toThrow(/^gros\.md : fichier trop gros \(2000 octets, limite 1000\)/);
    expect(() => readInsideSite(site, '/dev/zero', 'zéro.md', 1000)).toThrow(/hors de la racine/);
  });
});

describe('old listing addresses (issue 28)', () => {
  const plan = (kind: ImportPlan['kind'], oldPath: string | null, tags: string[] = [], locale: ImportPlan['locale'] = 'fr') => ({ kind, oldPath, tags, locale }) as ImportPlan;

  it('leads each old folder to the section of the entries it held (the home page when they are of several kinds), with its pagination pages and tag pages', () => {
    const plans = [
      ...Array.from({ length: 7 }, (_, i) => plan('article', `/fr/blog/billet-${i}/`, i === 0 ? ['forge', 'Logiciel libre'] : [])),
      plan('event', '/fr/webinaires/2023-05-12-forges/'),
      plan('event', '/fr/webinaires/'),
      plan('project-call', '/fr/bsoc/appel/'),
      plan('article', null),
    ];
    const found = sectionRedirectsOf(plans, { ...DEFAULT_SECTION_OPTIONS, extra: [...DEFAULT_SECTION_OPTIONS.extra, parseRedirect('/fr/agenda/=/evenements/'), parseRedirect('/fr/bsoc/=/articles/')] });
    expect(found).toEqual([
      { from: '/fr/', to: '/' },
      { from: '/fr/blog/', to: '/articles/' },
      { from: '/fr/blog/page/2/', to: '/articles/' },
      { from: '/fr/bsoc/', to: '/articles/' },
      { from: '/fr/blog/tags/', to: '/tags/' },
      { from: '/fr/blog/tags/forge/', to: '/tags/forge/' },
      { from: '/fr/blog/tags/logiciel-libre/', to: '/tags/logiciel-libre/' },
      { from: '/feed/feed.xml', to: '/rss.xml' },
      { from: '/feed/feed.json', to: '/rss.xml' },
      { from: '/calendar.ics', to: '/evenements.ics' },
      { from: '/fr/agenda/', to: '/evenements/' },
    ]);
    expect(() => parseRedirect('/fr/agenda/')).toThrow('--redirect « /fr/agenda/ » : attendu <ancienne adresse>=<adresse sur ce site>');
    expect(sectionRedirectsOf(plans, { ...DEFAULT_SECTION_OPTIONS, oldTagUrl: null, oldPageSize: 10, extra: [] }).map((r) => r.from)).toEqual(['/fr/', '/fr/blog/', '/fr/bsoc/']);
  });

  it('leads the English listings to the English sections, never the old English home, which is the new one (issue 32)', () => {
    const english = [
      ...Array.from({ length: 7 }, (_, i) => plan('article', `/en/blog/post-${i}/`, i === 0 ? ['Free software'] : [], 'en')),
      plan('page', '/en/about/', [], 'en'),
      plan('event', '/en/events/2023-05-12-forges/', [], 'en'),
    ];
    const options = { ...DEFAULT_SECTION_OPTIONS, extra: [] };
    expect(sectionRedirectsOf([plan('article', '/fr/blog/billet/'), ...english], options)).toEqual([
      { from: '/fr/', to: '/articles/' },
      { from: '/fr/blog/', to: '/articles/' },
      { from: '/en/blog/', to: '/en/articles/' },
      { from: '/en/blog/page/2/', to: '/en/articles/' },
      { from: '/en/blog/tags/', to: '/en/tags/' },
      { from: '/en/blog/tags/free-software/', to: '/en/tags/free-software/' },
      { from: '/en/feed/feed.xml', to: '/en/rss.xml' },
      { from: '/en/feed/feed.json', to: '/en/rss.xml' },
    ]);
    // /en/events/ is the new English events section: already a page, not a redirect. A tag address outside the language folders has no English one.
    expect(sectionRedirectsOf(english, { ...options, oldTagUrl: '/tags/{tag}/' }).map((r) => r.from)).toEqual(['/en/blog/', '/en/blog/page/2/', '/en/feed/feed.xml', '/en/feed/feed.json']);
    // No English file, no English line: the French run stays as it was.
    expect(sectionRedirectsOf([plan('article', '/fr/blog/billet/')], options).map((r) => r.from)).toEqual(['/fr/', '/fr/blog/']);
  });
});

describe('the migration report', () => {
  it('writes an HTML page with one row per file, escaped, what to complete linked to the edit page', () => {
    const file = path.join(scratch, 'rapport.html');
    const base = { locale: 'fr' as const, translationOf: null, kind: 'article' as const, slug: 'a', action: 'created' as const, oldPath: '/fr/blog/a/', newUrl: '/articles/a/', documentId: 'abc', published: true, heldBack: null, converted: ['texte', 'tableau'], error: null };
    writeReport(
      file,
      [
        { ...base, file: 'content/fr/blog/posts/a/index.md', notes: ['ligne 3 : balise de gabarit retirée {{ page.url }}'], todo: ['texte alternatif de <img> à vérifier'] },
        { ...base, file: 'content/en/b.md', locale: 'en', translationOf: 'content/fr/blog/posts/a/index.md', slug: 'b', oldPath: '/en/blog/b/', newUrl: '/en/articles/b/', notes: ['version anglaise de content/fr/blog/posts/a/index.md (sa ligne de changement de langue mène à /fr/blog/a/)'], todo: [], converted: [] },
        { ...base, file: 'content/en/c.md', locale: 'en', slug: 'c', oldPath: '/en/c/', newUrl: null, notes: [], todo: [], converted: [] },
      ],
      {
        cmsUrl: 'http://127.0.0.1:1337',
        seconds: 1.5,
        dryRun: false,
        englishMenu: { links: [{ label: 'About', url: '/en/pages/about/' }], action: 'unchanged', notes: ['menu écrit dans l’administration, gardé tel quel : à y ajouter si besoin « Blog » → /en/articles/'] },
        sectionRedirects: [{ from: '/fr/blog/', to: '/articles/' }, { from: '/en/blog/', to: '/en/articles/' }],
      },
    );
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<tr><td>/g)).toHaveLength(3);
    expect(html).toContain(
      '<h2>Versions anglaises</h2>\n<ul><li>content/en/b.md → version anglaise de content/fr/blog/posts/a/index.md (/en/articles/b/)</li><li>content/en/c.md → entrée en anglais seulement</li>' +
        '<li>menu principal anglais (version anglaise de « Navigation ») inchangé : About → /en/pages/about/</li>' +
        '<li>menu principal anglais : menu écrit dans l’administration, gardé tel quel : à y ajouter si besoin « Blog » → /en/articles/</li>' +
        '<li>anciennes adresses des listes anglaises (dans « Anciennes adresses des rubriques ») : /en/blog/ → /en/articles/</li></ul>',
    );
    expect(html).toContain('<a href="http://127.0.0.1:1337/admin/content-manager/collection-types/api::article.article/abc">texte alternatif de &#60;img&#62; à vérifier</a>');
    expect(html).toContain('3 fichiers · 3 créés · 0 mis à jour · 0 inchangés · 0 non importés · 0 en échec · 0 fusionnés · 0 de navigation · 0 laissés en brouillon · 1 à compléter · 1.5 s');
    expect(html).toContain('balises de gabarit retirées 1, langue 1');
  });
});

describe('one construct never fails a file, nothing dropped silently (issue 28)', () => {
  const read = (body: string) => {
    const notes: string[] = [];
    const items = bodyItems(body, { file: 'a.md', title: 'A', bodyLine: 5, image: () => null, notes, todo: [] });
    return { notes, json: JSON.stringify(items) };
  };

  it('keeps a table inside a list item as text, one line per row, and names it with its line', () => {
    const { notes, json } = read('Intro.\n\n- Premier point\n\n  | Outil | Usage |\n  |---|---|\n  | Git | versions |\n- Second point\n');
    expect(notes).toEqual(['ligne 9 : tableau dans une liste ou une citation non pris en charge par le texte enrichi, gardé comme texte']);
    expect(json).toContain('Outil — Usage\\nGit — versions');
    expect(json).toContain('Second point');
  });

  it('keeps nested lists with their levels: a list node right after its parent item', () => {
    const { json } = read('- un\n  - un point un\n    - plus bas\n- deux\n');
    const [item] = JSON.parse(json) as Array<{ content: Array<{ children: Array<{ type: string; children: unknown[] }> }> }>;
    expect(item?.content[0]?.children.map((c) => c.type)).toEqual(['list-item', 'list', 'list-item']);
    expect(JSON.stringify(item?.content[0]?.children[1])).toContain('"type":"list","format":"unordered","children":[{"type":"list-item","children":[{"type":"text","text":"un point un"}]},{"type":"list"');
  });

  it('makes an image in the middle of a paragraph its own block between the two halves', () => {
    const items = bodyItems('Avant ![Un schéma](./schema.png) après.\n', {
      file: 'a.md',
      title: 'A',
      bodyLine: 5,
      image: (src, alt) => ({ absolutePath: src, fileName: 'schema.png', mime: 'image/png', alt }),
      notes: [],
      todo: [],
    });
    expect(items.map((i) => (i.kind === 'image' ? `image ${i.image.alt}` : `${i.kind} ${JSON.stringify(i)}`.includes('Avant') ? 'avant' : 'après'))).toEqual(['avant', 'image Un schéma', 'après']);
  });

  it('names an inline tag that carries content of its own, never a tag that only wraps words', () => {
    expect(read('Texte <span class="x">gardé</span> et <img src="/img/a.png"> <input type="text"> fin.\n').notes).toEqual([
      'ligne 5 : balise HTML <img src="/img/a.png"> retirée du texte',
      'ligne 5 : balise HTML <input type="text"> retirée du texte',
    ]);
  });

  it('names a dropped HTML comment with its line', () => {
    expect(read('Texte.\n\n<!-- à revoir : chiffres de 2022 -->\n\nSuite.\n').notes).toEqual(['ligne 7 : commentaire HTML retiré (<!-- à revoir : chiffres de 2022 -->)']);
  });

  it('keeps the whole text of a quote whose author is not recognised', () => {
    expect(splitQuote('Comme le disait une participante « le code ouvert rassure » lors de la journée.')).toEqual({
      text: 'Comme le disait une participante « le code ouvert rassure » lors de la journée.',
      authorName: null,
      authorRole: null,
    });
    expect(splitQuote('« Ouvrir rassure » déclare Camille Martin, développeuse.').text).toBe('Ouvrir rassure');
  });

  it('slugifies tags (accents, spaces, case) and keeps their wording as the label', () => {
    expect(plannedTags(['Sécurité numérique', 'sécurité numérique', 'BlueHats', 'logiciel-libre'])).toEqual([
      { slug: 'securite-numerique', name: 'Sécurité numérique' },
      { slug: 'bluehats', name: 'BlueHats' },
      { slug: 'logiciel-libre', name: 'Logiciel-libre' },
    ]);
  });
});

describe('pages and navigation (issue 28)', () => {
  it('takes undated files of the usual folders as pages, never those of the blog', () => {
    const folders = ['about', 'contact', 'legal', 'utiliser'];
    expect(inPageFolder('content/fr/about/index.md', folders)).toBe(true);
    expect(inPageFolder('content/fr/utiliser/marches.md', folders)).toBe(true);
    expect(inPageFolder('content/fr/contact.md', folders)).toBe(true);
    expect(inPageFolder('content/fr/blog/posts/about/index.md', folders)).toBe(false);
    expect(inPageFolder('content/fr/gazettes/gazette-1.md', folders)).toBe(false);
  });

  it('makes a page of an undated file in a page folder, an article of a dated one, and a page of anything with --as page', () => {
    const site = path.join(scratch, 'pages-site');
    const write = (file: string, text: string): string => {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), text);
      return path.join(site, file);
    };
    const options: PlanOptions = { siteRoot: site, as: 'auto', inputDir: 'content', patterns: [], eventFolders: DEFAULT_EVENT_FOLDERS, pageFolders: DEFAULT_PAGE_FOLDERS, useGit: false, maxFileBytes: DEFAULT_MAX_FILE_BYTES };
    const undated = write('content/fr/documentation/guide.md', '---\ntitle: Guide\n---\nTexte.\n');
    const dated = write('content/fr/documentation/2024-01-02-nouveautes.md', '---\ntitle: Nouveautés\ndate: 2024-01-02\n---\nTexte.\n');
    const elsewhere = write('content/fr/presentation/equipe.md', '---\ntitle: L’équipe\ndate: 2024-01-02\n---\nTexte.\n');
    const navigation = write('content/fr/_data/menu.md', '---\npermalink: false\neleventyNavigation:\n  key: Menu\n---\n');
    expect(planFile(undated, options)).toMatchObject({ kind: 'page', slug: 'guide', oldPath: '/fr/documentation/guide/' });
    expect(planFile(dated, options).kind).toBe('article');
    expect(planFile(elsewhere, options).kind).toBe('article');
    expect(planFile(elsewhere, { ...options, as: 'page' }).kind).toBe('page');
    expect(planFile(navigation, options)).toEqual({ kind: 'navigation', source: 'content/fr/_data/menu.md', navigation: { key: 'Menu', title: null, parent: null, order: null, url: null } });
  });

  it('recognises the site’s own legal pages', () => {
    expect(legalPageOf('content/fr/legal/index.md', 'Mentions légales')).toEqual({ label: 'Mentions légales', slug: 'mentions-legales' });
    expect(legalPageOf('content/fr/about/vie-privee.md', 'Vos données')).toEqual({ label: 'Données personnelles', slug: 'donnees-personnelles' });
    expect(legalPageOf('content/fr/about/index.md', 'À propos')).toBeNull();
  });

  it('builds the main menu from eleventyNavigation: top level in order, each to its new address, sub-entries named', () => {
    const menu = menuOf(
      [
        { source: 'nav/contact.md', entry: { key: 'Contact', title: null, parent: null, order: 3, url: null }, newUrl: '/pages/contact/' },
        { source: 'nav/gazettes.md', entry: { key: 'Gazettes', title: 'Les gazettes', parent: null, order: 1, url: '/fr/gazettes/gazette-2023-01/' }, newUrl: null },
        { source: 'nav/equipe.md', entry: { key: 'Équipe', title: null, parent: 'Contact', order: 1, url: '/fr/equipe/' }, newUrl: null },
      ],
      (p) => (p === '/fr/gazettes/gazette-2023-01/' ? '/articles/gazette-2023-01/' : null),
    );
    expect(menu.links).toEqual([
      { label: 'Les gazettes', url: '/articles/gazette-2023-01/' },
      { label: 'Contact', url: '/pages/contact/' },
    ]);
    expect(menu.notes).toEqual([{ source: 'nav/equipe.md', note: 'entrée de menu « Équipe » sous « Contact » : le menu du site n’a qu’un niveau, ajoutez-la depuis l’administration si elle manque' }]);
  });
});

describe('the fidelity check (issue 28)', () => {
  it('gives the share of the source’s words found on the page and the missing passages', async () => {
    const site = path.join(scratch, 'fidelity');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'a.md'), '---\ntitle: Bilan annuel\n---\nLe code est ouvert.\n\n{% callout %}\n\n- un point\n- un point perdu en route\n');
    const page = '<html><body><nav>Menu</nav><main><h1>Bilan annuel</h1><p>Le code est ouvert.</p><ul><li>un point</li></ul></main></body></html>';
    const base = { locale: 'fr' as const, translationOf: null, kind: 'page' as const, slug: 'a', action: 'created' as const, oldPath: '/a/', documentId: 'x', published: true, heldBack: null, notes: [], todo: [], converted: [], error: null };
    const fidelity = await checkFidelity(
      [{ ...base, file: 'a.md', newUrl: '/pages/a/' }, { ...base, file: 'b.md', newUrl: '/pages/b/', published: false, heldBack: 'date introuvable' }],
      site,
      async (route) => (route === '/pages/a/' ? page : null),
    );
    expect(fidelity.files).toEqual([{ file: 'a.md', route: '/pages/a/', words: 13, found: 8, missing: ['un point perdu en route'] }]);
    expect(fidelity.unchecked).toEqual([{ file: 'b.md', why: 'brouillon : date introuvable' }]);
  });

  it('looks for an English file’s words on its English page, and reports « page anglaise à vérifier » when the site has none, without the language line', async () => {
    const site = path.join(scratch, 'fidelity-en');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'about.md'), '---\ntitle: About us\n---\n[Lire cette page en français](/fr/about/)\n\nWe open code.\n');
    const base = { locale: 'en' as const, translationOf: 'fr/about.md', kind: 'page' as const, slug: 'about', action: 'created' as const, oldPath: '/en/about/', documentId: 'x', published: true, heldBack: null, notes: [], todo: [], converted: [], error: null };
    const fidelity = await checkFidelity(
      [{ ...base, file: 'about.md', newUrl: '/en/pages/about/' }, { ...base, file: 'gone.md', newUrl: '/en/pages/gone/' }, { ...base, file: 'no-section.md', newUrl: null }],
      site,
      async (route) => (route === '/en/pages/about/' ? '<main><h1>About us</h1><p>We open code.</p></main>' : null),
    );
    expect(fidelity.files).toEqual([{ file: 'about.md', route: '/en/pages/about/', words: 5, found: 5, missing: [] }]);
    expect(fidelity.unchecked).toEqual([
      { file: 'gone.md', why: 'page anglaise à vérifier : /en/pages/gone/ absente du site construit' },
      { file: 'no-section.md', why: 'page anglaise à vérifier : le site n’a pas encore de rubrique anglaise pour ce type' },
    ]);
    // Once the site has an English home, a missing English page is missing like any other.
    const built = await checkFidelity([{ ...base, file: 'gone.md', newUrl: '/en/pages/gone/' }], site, async (route) => (route === '/en/' ? '<main><h1>Home</h1></main>' : null));
    expect(built.unchecked).toEqual([{ file: 'gone.md', why: 'page /en/pages/gone/ absente du site construit' }]);
    expect(built.unchecked.every(isExpectedUnchecked)).toBe(false);
    expect(fidelity.unchecked.every(isExpectedUnchecked)).toBe(true);
  });
});
