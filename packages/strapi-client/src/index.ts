export { createStrapiClient, type ChangeMark, type EntryKey, type FindOptions, type LocaleOption, type RangeOption, type RowRange, type StrapiClient, type StrapiClientOptions } from './client';
export { StrapiClientError, type StrapiClientErrorDetails, type StrapiClientErrorKind } from './errors';
export type { Stats as StrapiClientStats } from './http';
export { readSnapshot, type ContentSnapshot } from './snapshot';
export { lastEdit, type Dated } from './last-edit';
