import { defineConfig } from 'vitest/config';

// Files whose outcome depends on the database run a second time on PostgreSQL, the production
// engine. Not those that only render or only count requests: the accessibility and XSS files read
// pages built from the same content whichever engine stored it (site-build.test.ts builds the
// whole site from PostgreSQL), and the login limiter keeps its counts in memory.
const postgresFiles = [
  'apps/web/test/site-build.test.ts',
  'apps/web/test/preview.test.ts',
  // Its links live in a table of their own, written with plain queries: both engines' types differ.
  'apps/web/test/shared-preview.test.ts',
  'apps/web/test/fast-rebuild.test.ts',
  // English versions are rows of their own (Strapi i18n), read by locale.
  'apps/web/test/bilingual-site.test.ts',
  // Versions and link checks live in tables of their own, written with plain queries.
  'apps/cms/test/published-history.test.ts',
  'apps/cms/test/link-check.test.ts',
  // Change notes are components written inside the publication's transaction; the redirect line goes through site settings.
  'apps/web/test/editorial-lifecycle.test.ts',
  'apps/cms/test/editor-validation.test.ts',
  'apps/cms/test/editing-existing-entries.test.ts',
  'apps/cms/test/events-and-scheduling.test.ts',
  'apps/cms/test/demo-content-idempotence.test.ts',
  // A database from before the languages becomes French during the schema sync, on either engine.
  'apps/cms/test/site-locales.test.ts',
  // Each language's review state is checked in the rows themselves.
  'apps/cms/test/translations.test.ts',
  'apps/cms/test/media-storage.test.ts',
  'apps/cms/test/editor-roles.test.ts',
  'packages/strapi-client/test/live-strapi.test.ts',
  'packages/importer/test/import.test.ts',
  'scripts/test/loadtest.test.ts',
];

export default defineConfig({
  test: {
    // Integration files spend much of their time waiting on a child (Strapi, astro build, Chromium):
    // two at a time keep both cores busy. Each boots its own Strapi on a free port and a throw-away
    // database, builds into its own folder, and the CMS is built once before (scripts/build-cms.ts).
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['apps/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'postgres', include: postgresFiles, env: { TEST_DATABASE: 'postgres' } } },
    ],
  },
});
