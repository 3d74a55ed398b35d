export * from './generated';
export * from './blocks';
export * from './media';
export * from './paris-day';
export type { ContentTypeDefinition, ContentTypeKind, ContentTypeRoute, EnglishRoute, Populate, PopulateValue } from './populate';
export * from './registry';
