import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { securityHeaders } from '../lib/content-security-policy';
import { downloadHeaders } from '../lib/downloadable-files';

/**
 * Writes `_headers` next to the pages (read by Netlify, Cloudflare Pages and our own static
 * server), so the policy in the headers is the one the pages were built with.
 */
export const securityHeadersFile = (): AstroIntegration => ({
  name: 'bluehats:security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const headers = securityHeaders(process.env.SITE_URL ?? '');
      const block = (pattern: string, values: Record<string, string>): string[] => [pattern, ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`)];
      // Event slides copied to /fichiers/ are downloads, as on the CMS's /uploads.
      const lines = [...block('/*', headers), ...block('/fichiers/*', downloadHeaders), ''];
      writeFileSync(path.join(fileURLToPath(dir), '_headers'), lines.join('\n'));
    },
  },
});
