import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../src/lib/typography';
import { typographyFaults } from './typography';

// What each page goes through (src/middleware.ts); the built pages are scanned by site-build.test.ts.
describe('French typography of the pages', () => {
  it('puts a no-break space before « : », a narrow one before « ; ! ? » and inside « », in place of the space written', () => {
    expect(frenchTypography('<p>Note : oui ; non ! Vraiment ? Il a dit « bien » et «mal».</p>')).toBe(
      '<p>Note\u00a0: oui\u202f; non\u202f! Vraiment\u202f? Il a dit «\u202fbien\u202f» et «\u202fmal\u202f».</p>',
    );
    // Across the end of an element, and a line break of a template.
    expect(frenchTypography('<p><strong>Attention</strong>\n : lire</p><h2>Pourquoi ?</h2>')).toBe('<p><strong>Attention</strong>\u00a0: lire</p><h2>Pourquoi\u202f?</h2>');
  });

  it('adds no space where none was written: times, addresses, code, scripts, styles and attributes stay as they are', () => {
    const verbatim = [
      '<p>De 14:00 à 15:30, sur https://exemple.gouv.fr/a?b=c:d&amp;e=f !</p>',
      '<pre><code>const a = b ? c : d; // ok !</code></pre>',
      '<p>Lancer <code>npm run build : ok ?</code> suffit.</p>',
      '<script type="application/ld+json">{"name": "Titre : sous-titre ?"}</script>',
      '<style>a:hover { color: red !important; }</style>',
      '<a href="/recherche/?q=a : b" title="Titre : suite ?">lien</a>',
      '<meta name="description" content="Résumé : court !">',
    ];
    const [first, ...others] = verbatim;
    expect(frenchTypography(first ?? '')).toBe('<p>De 14:00 à 15:30, sur https://exemple.gouv.fr/a?b=c:d&amp;e=f\u202f!</p>');
    for (const html of others) expect(frenchTypography(html)).toBe(html);
  });

  it('changes no tag, attribute or entity, even an attribute holding « > » and quotes (an XSS test payload), and never decodes escaped markup', () => {
    const head = '<meta name="description" content="<IMG SRC=&quot;javascript:alert(\'XSS\');&quot;> : ok ?">';
    expect(frenchTypography(`${head}<p>&#60;script&#62;alert(1)&#60;/script&#62; &#x3C;img&#x3e; : &amp;lt;</p>`)).toBe(
      `${head}<p>&#60;script&#62;alert(1)&#60;/script&#62; &#x3C;img&#x3e;\u00a0: &amp;lt;</p>`,
    );
  });

  it('gives the same page when applied twice (the redirect pages and the feed may meet it again)', () => {
    const once = frenchTypography('<title>Page : titre</title><p>« Oui ! » ; non ?</p>');
    expect(frenchTypography(once)).toBe(once);
  });

  it('finds in a page each fault the site scan looks for, and none once the page is set', () => {
    const page = '<title>Aperçu : page</title><p>Vraiment ? Oui ; « non »</p><p>proposés sous<a href="/">licence</a></p>';
    const faults = typographyFaults(page);
    const count = (kind: string): number => faults.filter((fault) => fault.startsWith(kind)).length;
    expect(['espace avant « : »', 'espace avant « ; ! ? »', 'après «', 'avant »', 'mots collés'].map(count)).toEqual([1, 2, 1, 1, 2]);
    expect(typographyFaults(frenchTypography(page.replace('sous<a', 'sous <a')))).toEqual([]);
  });
});
