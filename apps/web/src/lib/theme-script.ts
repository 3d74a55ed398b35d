import { createHash } from 'node:crypto';

/** Applies the reader's saved theme before the first paint, so a dark page never flashes light. */
export const themeScript = `try {
  var scheme = localStorage.getItem('scheme');
  var dark = scheme === 'dark' || ((scheme === null || scheme === 'system') && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-fr-theme', dark ? 'dark' : 'light');
} catch (e) {}`;

/** The one inline script the Content-Security-Policy lets run, by its hash. */
export const themeScriptHash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;
