import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../importer/src/html-to-blocks';
import { isAcceptableLink } from '../../importer/src/links';
import { sanitizeLegacyHtml } from '../../importer/src/sanitize-legacy';
import { isImageSource, linkKind, sanitizeLegacyHtml as sanitizeForSite } from '@bluehats/content-policy';
import { safeHref } from 'web/safe-url';

// Links a browser opens on another host although they look like paths of this site, and their
// disguises: tabs and line breaks the browser drops, backslashes it reads as slashes.
const offSite = ['//evil.example', '/\\evil.example', '\\\\evil.example', '\\/evil.example', '/\t/evil.example', ' //evil.example/x', '/\n\\evil.example'];
const hostile = [...offSite, 'javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'http://', 'mailto:'];

/** Every place a link from content is checked, asked the same question: would you keep this link? */
const checkers: Record<string, (url: string) => boolean> = {
  'la règle (linkKind)': (url) => linkKind(url) !== null && linkKind(url) !== 'relative',
  'les composants du site (safeHref)': (url) => safeHref(url) !== undefined,
  'le HTML ancien à l’affichage (sanitizeLegacyHtml)': (url) => sanitizeForSite(`<a href="${url.replace(/"/g, '&quot;')}">x</a>`).html.includes('href='),
  'les images à l’affichage (sanitizeLegacyHtml)': (url) => sanitizeForSite(`<img src="${url.replace(/"/g, '&quot;')}" alt="">`).html.includes('src='),
  'l’import de liens (isAcceptableLink)': isAcceptableLink,
  'l’import de HTML ancien (sanitizeLegacyHtml)': (url) => sanitizeLegacyHtml(`<a href="${url.replace(/"/g, '&quot;')}">x</a>`).html.includes('href='),
  'l’import en texte riche (htmlToBlocks)': (url) => JSON.stringify(htmlToBlocks(`<p><a href="${url.replace(/"/g, '&quot;')}">x</a></p>`).blocks).includes('"link"'),
};

describe('one rule for every link', () => {
  it.each(Object.keys(checkers))('%s refuses //evil.example, /\\evil.example and their disguises', (name) => {
    for (const url of hostile) expect(checkers[name]?.(url), `${name} : ${JSON.stringify(url)}`).toBe(false);
  });

  it.each(Object.keys(checkers))('%s keeps the links content really has', (name) => {
    for (const url of ['/articles/un/', 'https://www.numerique.gouv.fr/', '/fichiers/support.pdf']) {
      expect(checkers[name]?.(url), `${name} : ${url}`).toBe(true);
    }
  });

  it('tells the kinds apart', () => {
    expect(['https://a.example/', 'mailto:a@b.fr', 'tel:+33100000000', '/a/', '#b', '../c/'].map(linkKind)).toEqual(['web', 'mail', 'phone', 'site', 'anchor', 'relative']);
    expect(isImageSource('http://a.example/x.png')).toBe(false);
    expect(isImageSource('https://a.example/x.png')).toBe(true);
  });
});
