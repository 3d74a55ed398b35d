import type { z } from 'zod';
import { contentTypes } from './generated';

export type ContentTypeName = keyof typeof contentTypes;

type KindOf<K extends ContentTypeName> = (typeof contentTypes)[K]['kind'];

export type CollectionTypeName = {
  [K in ContentTypeName]: KindOf<K> extends 'collectionType' ? K : never;
}[ContentTypeName];

export type SingleTypeName = {
  [K in ContentTypeName]: KindOf<K> extends 'singleType' ? K : never;
}[ContentTypeName];

/** The validated entry type of a content type: `EntryOf<'articles'>` is `Article`. */
export type EntryOf<K extends ContentTypeName> = z.infer<(typeof contentTypes)[K]['schema']>;

export const contentTypeNames = Object.keys(contentTypes).sort() as ContentTypeName[];

export const isContentTypeName = (name: string): name is ContentTypeName => Object.hasOwn(contentTypes, name);

export const isCollectionType = (name: ContentTypeName): name is CollectionTypeName =>
  contentTypes[name].kind === 'collectionType';

export const isSingleType = (name: ContentTypeName): name is SingleTypeName => contentTypes[name].kind === 'singleType';
