/**
 * `npm run bench:import [-- --files 500 --database sqlite|postgres]`: generates an
 * Eleventy site of N French pages (bundles with an image shortcode, a table and links, webinars
 * with recording and slides, newsletters), imports it into a fresh CMS, then imports it again,
 * and prints both times (see docs/import.md, « Mesures »).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseUrlPattern, runImport } from '@bluehats/importer';
import { createApiToken, startStrapi } from '@bluehats/testkit';

const { values } = parseArgs({ options: { files: { type: 'string', default: '500' }, database: { type: 'string', default: 'sqlite' } } });
const files = Number(values.files);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const day = (i: number): string => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** One page of the generated site, by its number: 6 in 10 are post bundles, 2 webinars, 2 newsletters. */
const writePage = (site: string, i: number): void => {
  const kind = i % 10 < 6 ? 'post' : i % 10 < 8 ? 'webinar' : 'gazette';
  if (kind === 'post') {
    const folder = path.join(site, `content/fr/blog/posts/billet-${i}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'illustration.png'), PNG);
    writeFileSync(
      path.join(folder, 'index.md'),
      `---\ntitle: Billet numéro ${i}\ndescription: Un billet généré pour mesurer l’import.\ndate: ${day(i)}\ntags:\n  - theme-${i % 7}\n---\n` +
        `Premier paragraphe du billet ${i}, avec un [lien vers le précédent](/fr/blog/billet-${Math.max(0, i - 10)}/) et [une adresse](floss@numerique.gouv.fr).\n\n` +
        `{% imageContent "./illustration.png", "Illustration du billet ${i}", [1000] %}\n\n## Chiffres\n\n| Mois | Dépôts |\n|---|---|\n| Janvier | ${i} |\n| Février | ${i + 1} |\n\nFin du billet.\n`,
    );
  } else if (kind === 'webinar') {
    const folder = path.join(site, 'content/fr/webinaires');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `${day(i)}-webinaire-${i}.md`),
      `---\ntitle: Webinaire numéro ${i}\ndescription: Un webinaire généré.\ndate: ${day(i)}\nvideo:\n  src: https://tube.numerique.gouv.fr/videos/embed/bench-${i}\n  title: Enregistrement du webinaire ${i}\nslides:\n  src: https://exemple.gouv.fr/supports/${i}.pdf\n---\n` +
        `Le webinaire a lieu de 11h à 12h30.\n`,
    );
  } else {
    const folder = path.join(site, 'content/fr/gazettes');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `gazette-${i}.md`), `---\ntitle: Gazette numéro ${i}\ndate: ${day(i)}\n---\nBonjour,\n\n- une nouvelle ;\n- une autre.\n`);
  }
};

const site = mkdtempSync(path.join(os.tmpdir(), 'bluehats-import-bench-'));
for (let i = 0; i < files; i += 1) writePage(site, i);
const cms = await startStrapi({ database: values.database === 'postgres' ? 'postgres' : 'sqlite', env: { SEED_DEMO_CONTENT: 'false' } });
try {
  const token = await createApiToken(cms, 'full-access');
  const run = () =>
    runImport({
      paths: [path.join(site, 'content')],
      siteRoot: site,
      cmsUrl: cms.url,
      token,
      dryRun: false,
      publish: true,
      as: 'auto',
      patterns: [parseUrlPattern('content/fr/blog/posts=/fr/blog/{slug}/')],
      log: () => undefined,
    });
  const first = await run();
  const again = await run();
  const created = first.outcomes.filter((o) => o.action === 'créé').length;
  const unchanged = again.outcomes.filter((o) => o.action === 'inchangé').length;
  console.log(`Import de ${files} fichiers générés (${values.database}) : ${first.seconds.toFixed(1)} s, ${created} créés, ${first.failed} en échec ; réimport : ${again.seconds.toFixed(1)} s, ${unchanged} inchangés.`);
  process.exitCode = first.failed + again.failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n--- journal du CMS ---\n${cms.logs().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await cms.destroy();
  rmSync(site, { recursive: true, force: true });
}
