import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCli, repoRoot, webDir } from '@bluehats/testkit';
import { generate } from '../../../packages/content-types/scripts/lib/generate';
import { readModel } from '../../../packages/content-types/scripts/lib/read-schemas';

const astroCheck = (cwd: string): { code: number; output: string } => {
  const result = spawnSync(process.execPath, [astroCli, 'check'], {
    cwd,
    env: { ...process.env, CONTENT_SOURCE: 'none', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
};

/**
 * Types flow from the Strapi schemas: renaming a field and regenerating the shared package must
 * make the site's type check fail exactly where the old field is used.
 */
describe('a schema change reaches the web app through the generated types', () => {
  // Inside the repository, so that everything but the altered package resolves as usual.
  const sandbox = mkdtempSync(path.join(repoRoot, '.typecheck-'));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  // That the real schemas pass is scripts/test/typecheck.test.ts's first case (every workspace, the site included).
  it('fails where the renamed field is used', () => {
    const cmsSrc = path.join(sandbox, 'cms-src');
    cpSync(path.join(repoRoot, 'apps/cms/src/api'), path.join(cmsSrc, 'api'), { recursive: true });
    cpSync(path.join(repoRoot, 'apps/cms/src/components'), path.join(cmsSrc, 'components'), { recursive: true });
    // The languages the registry lists come from the CMS's one file of them.
    cpSync(path.join(repoRoot, 'apps/cms/src/i18n'), path.join(cmsSrc, 'i18n'), { recursive: true });
    // The site reads the CMS's upload allow-list from its one file, at the same relative place.
    cpSync(path.join(repoRoot, 'apps/cms/src/uploads'), path.join(sandbox, 'cms/src/uploads'), { recursive: true });
    const schemaFile = path.join(cmsSrc, 'api/project-call/content-types/project-call/schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { attributes: Record<string, unknown> };
    schema.attributes.applicationLink = schema.attributes.applicationUrl;
    delete schema.attributes.applicationUrl;
    writeFileSync(schemaFile, JSON.stringify(schema, null, 2));

    const pkg = path.join(sandbox, 'node_modules/@bluehats/content-types');
    cpSync(path.join(repoRoot, 'packages/content-types'), pkg, {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}test`),
    });
    writeFileSync(path.join(pkg, 'src/generated.ts'), generate(readModel(`${cmsSrc}/`)));

    const web = path.join(sandbox, 'web');
    mkdirSync(web);
    for (const item of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(webDir, item), path.join(web, item), { recursive: true });
    }
    symlinkSync(path.join(repoRoot, 'packages/strapi-client'), path.join(sandbox, 'node_modules/@bluehats/strapi-client'));

    const result = astroCheck(web);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/applicationUrl/);
    expect(result.output).toMatch(/views\/ProjectCallView\.astro/);
  });
});
