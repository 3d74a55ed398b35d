import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the publish service and `npm start` remember of the outputs they built, so that a second
 * start with nothing changed rebuilds nothing: each output is recorded with one hash of everything it was built from (the
 * code's fingerprint, the settings baked into it, the content's digest). The record lives beside
 * the output, never in it: the fast rebuild carries a served folder's files over to the next one.
 */
export type BuildStamp = {
  output: string;
  inputs: string;
  /** For the served site: the digest of the content store its build left (the fast rebuild starts from it). */
  store?: string | null;
};

export const hashInputs = (inputs: Record<string, string>): string =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex');

export const readStamp = (file: string): BuildStamp | null => {
  if (!existsSync(file)) return null;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildStamp>;
    return typeof stamp.output === 'string' && typeof stamp.inputs === 'string' ? { output: stamp.output, inputs: stamp.inputs, store: stamp.store ?? null } : null;
  } catch {
    return null;
  }
};

/** Whether `output` was built, by a build recorded in `file`, from exactly these inputs. */
export const builtFrom = (file: string, output: string | null, inputs: string): boolean => {
  const stamp = readStamp(file);
  return output !== null && existsSync(output) && stamp?.output === output && stamp.inputs === inputs;
};

/** The hash of a file's bytes, or null when it does not exist (the content store a build left). */
export const fileDigest = (file: string): string | null => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null);

export const writeStamp = (file: string, stamp: BuildStamp): void => writeFileSync(file, JSON.stringify(stamp));

/** Runs `build` into `dir` unless the build already there was made from these inputs (recorded beside it). */
export const unlessBuiltFrom = async (dir: string, inputs: string, what: string, build: () => Promise<void>, log: (message: string) => void = console.log): Promise<void> => {
  const stamp = path.join(dir, '.bluehats-start-stamp.json');
  if (builtFrom(stamp, dir, inputs)) {
    log(`    ${what} : déjà construit pour ce code, repris tel quel.`);
    return;
  }
  await build();
  writeStamp(stamp, { output: dir, inputs });
};
