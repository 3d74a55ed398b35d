import type { Core } from '@strapi/strapi';
import { ensureDemoContent } from './bootstrap/demo-content-once';
import { registerContentHealthRoute } from './content-health/content-health-route';
import { registerPublicStateRoutes } from './public-state/public-state-route';
import { demoAccounts, ensureDemoAccounts } from './bootstrap/demo-accounts';
import { ensureEditorRoles } from './bootstrap/editor-roles';
import { invalidateCacheOnWrites } from './cache/cache-invalidation';
import { applyEditorLabels } from './bootstrap/editor-labels';
import { ensureLocalAdmin } from './bootstrap/local-admin';
import { frenchSuperAdminRole } from './bootstrap/super-admin-role';
import { lockPublicRole } from './bootstrap/public-permissions';
import { contentReadActions, ensureApiToken, importToken, previewToken, readToken } from './bootstrap/api-tokens';
import { ensureRebuildWebhook } from './bootstrap/rebuild-webhook';
import { guardDraftReads } from './preview/draft-reads';
import { previewApiTokenValue } from './preview/preview-api-token';
import { registerSharedPreviews } from './preview/shared';
import { registerValidation } from './validation/register';
import { resetReviewOnPublish } from './review/reset-on-publish';
import { guardDiscard } from './review/discard-guard';
import { registerHistory, startHistory } from './history';
import { registerLinkCheck, startLinkCheck } from './link-check';
import { publishChangeNotes } from './lifecycle/change-notes-on-publish';
import { guardArchiving } from './lifecycle/archive-guard';
import { redirectOnUnpublish } from './lifecycle/replacement-on-unpublish';
import { guardFileChanges } from './uploads/file-changes';
import { backfillPickerLabels, syncPickerLabels } from './picker-label/sync-picker-labels';
import { nameSingleTypesOnHomepage } from './homepage/single-type-titles';
import { ensureSiteLocales, keepExistingEntriesFrench } from './i18n/french-first';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    keepExistingEntriesFrench(strapi);
    registerValidation(strapi);
    guardDraftReads(strapi);
    registerContentHealthRoute(strapi);
    registerPublicStateRoutes(strapi);
    resetReviewOnPublish(strapi);
    guardDiscard(strapi);
    registerHistory(strapi);
    registerLinkCheck(strapi, process.env);
    guardArchiving(strapi);
    publishChangeNotes(strapi);
    redirectOnUnpublish(strapi);
    syncPickerLabels(strapi);
    nameSingleTypesOnHomepage(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    guardFileChanges(strapi);
    // Before anything reads or writes entries: French is the default language, English exists.
    await ensureSiteLocales(strapi);
    // Before the demo content: its publications are the first versions kept.
    await startHistory(strapi, process.env);
    await startLinkCheck(strapi, process.env);
    await invalidateCacheOnWrites(strapi);
    await lockPublicRole(strapi);
    await applyEditorLabels(strapi);
    await backfillPickerLabels(strapi);
    await ensureApiToken(strapi, readToken(process.env.STRAPI_READ_TOKEN, contentReadActions(strapi)));
    await ensureApiToken(strapi, previewToken(previewApiTokenValue(process.env.PREVIEW_SECRET)));
    await ensureApiToken(strapi, importToken(process.env.STRAPI_IMPORT_TOKEN));
    await frenchSuperAdminRole(strapi);
    await ensureLocalAdmin(strapi, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
    await ensureDemoAccounts(strapi, process.env.SEED_DEMO_CONTENT === 'false' ? [] : demoAccounts(process.env), await ensureEditorRoles(strapi));
    await ensureDemoContent(strapi, process.env.SEED_DEMO_CONTENT !== 'false');
    await registerSharedPreviews(strapi, process.env);
    await ensureRebuildWebhook(strapi, process.env.REBUILD_WEBHOOK_URL, process.env.REBUILD_WEBHOOK_SECRET);
  },
};
