import { createHash } from 'node:crypto';

/** The attribute of the theme script that holds the URL of the DSFR's dark colour tokens. */
export const DARK_SCHEME_ATTRIBUTE = 'data-dark-scheme';

/**
 * Applies the reader's saved theme before the first paint, so a dark page never flashes light.
 * The dark colour tokens (the DSFR's scheme stylesheet, 3 KB gzip) do not fit in the 60 KB CSS
 * budget of every page: the script links them only when the theme is dark, now or after a choice
 * in the display settings, and makes the link render-blocking so the first paint is already dark.
 */
export const themeScript = `try {
  var scheme = localStorage.getItem('scheme');
  var dark = scheme === 'dark' || ((scheme === null || scheme === 'system') && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-fr-theme', dark ? 'dark' : 'light');
} catch (e) {}
(function (root, href) {
  var linked = false;
  var link = function () {
    if (linked || !href || root.getAttribute('data-fr-theme') !== 'dark') return;
    linked = true;
    var sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.setAttribute('blocking', 'render');
    sheet.href = href;
    document.head.appendChild(sheet);
  };
  link();
  new MutationObserver(link).observe(root, { attributes: true, attributeFilter: ['data-fr-theme'] });
})(document.documentElement, document.currentScript && document.currentScript.getAttribute('${DARK_SCHEME_ATTRIBUTE}'));`;

/** The one inline script the Content-Security-Policy lets run, by its hash. */
export const themeScriptHash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;
