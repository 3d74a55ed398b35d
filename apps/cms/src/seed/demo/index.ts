/**
 * Demo content created on an empty database (see ../seed-demo-content.ts), one file per type.
 *
 * Everything here is plain data written for this project, in French, for the free-software mission
 * of the DINUM (BlueHats community, BlueHats Semester of Code, workshops and webinars). Part of it has
 * an English version, written beside the French in each entry's `english` (its translated fields
 * only), so the English site (/en/) of a fresh install has its menus, pages and latest news; the
 * other entries stay French only, on purpose. People quoted
 * below are fictional; video addresses point to players that do not exist; the application address,
 * contact address and hosting provider are placeholders to replace before any real publication.
 *
 * References between entries use local keys (tag slugs, quote and video keys, article slugs) that the
 * seed turns into documentIds once the referenced entries exist. No media: cover, portrait, poster
 * and logo fields are left empty, and blocks.image is not used.
 */
export * from './types';
export * from './shared';
export * from './tags';
export * from './quotes';
export * from './videos';
export * from './articles';
export * from './project-calls';
export * from './events';
export * from './pages';
export * from './site';
