export * from './generated';
export * from './blocks';
export * from './media';
export type { ContentTypeDefinition, ContentTypeKind, Populate, PopulateValue } from './populate';
export * from './registry';
