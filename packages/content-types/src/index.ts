export * from './generated';
export * from './blocks';
export * from './media';
export * from './paris-day';
export type { ContentTypeDefinition, ContentTypeKind, ContentTypeRoute, Populate, PopulateValue } from './populate';
export * from './registry';
