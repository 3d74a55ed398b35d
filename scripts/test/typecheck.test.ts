import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@bluehats/testkit';

const run = (command: string, args: string[]): { code: number; output: string } => {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 420_000,
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
};

/**
 * `npm test` fails on a type error anywhere: every workspace's typecheck (turbo: the CMS, the
 * site's `astro check`, each package with its tests) and the root scripts. A test rather than a
 * step before vitest, so that it runs beside the integration files instead of after them.
 */
describe('npm run typecheck', () => {
  it('passes on every workspace and on scripts/', () => {
    const result = run('npm', ['run', 'typecheck']);
    expect(result.code, result.output.slice(-4000)).toBe(0);
  }, 480_000);

  it('fails, naming the file, when a script has a type error', () => {
    const probe = path.join(repoRoot, 'scripts', `typecheck-probe-${process.pid}.ts`);
    writeFileSync(probe, "export const pages: number = 'deux cents';\n");
    try {
      const result = run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'scripts/tsconfig.json', '--noEmit']);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(`typecheck-probe-${process.pid}.ts`);
    } finally {
      rmSync(probe, { force: true });
    }
  }, 180_000);
});
