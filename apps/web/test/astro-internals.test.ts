import { describe, expect, it } from 'vitest';
import { astroVersionProblem, installedAstroVersion, TESTED_ASTRO } from '../src/build/astro/astro-internals';

describe('the Astro internals the site depends on', () => {
  it('are those of the installed Astro', () => {
    expect(astroVersionProblem(installedAstroVersion())).toBeNull();
  });

  it('stop the build, naming both versions and the file to check, on an Astro outside the tested range', () => {
    const problem = astroVersionProblem('8.0.0');
    expect(problem).toContain('Astro 8.0.0');
    expect(problem).toContain(TESTED_ASTRO);
    expect(problem).toContain('apps/web/src/build/astro/astro-internals.ts');
    expect(astroVersionProblem('7.4.0')).not.toBeNull();
    expect(astroVersionProblem('5.18.2')).not.toBeNull();
  });
});
