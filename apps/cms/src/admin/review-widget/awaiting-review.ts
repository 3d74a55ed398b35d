import { isFetchError, type FetchResponse } from '@strapi/strapi/admin';
import { reviewField, reviewStates } from '../../review/review-states';

/**
 * What the home widget lists: the drafts of every type with a review step that ask for a review or
 * are ready, read through the content manager's own API so that the account's rights apply.
 */

type Get = <TData>(url: string) => Promise<FetchResponse<TData>>;

type ContentType = { uid: string; kind: string; isDisplayed: boolean; info: { displayName: string }; attributes: Record<string, unknown> };
type TypeSettings = { uid: string; settings: { mainField?: string } };
type ListReply = { results: Array<Record<string, unknown>> };

export type AwaitingEntry = { uid: string; typeName: string; documentId: string; title: string; state: string; updatedAt: string };

/** Requests first, then what was reviewed: the order Publication works through them. */
const waiting = [reviewStates.toReview, reviewStates.ready];

const listQuery = (): string => {
  const query = new URLSearchParams({ page: '1', pageSize: '20', sort: 'updatedAt:DESC' });
  waiting.forEach((state, index) => query.append(`filters[${reviewField}][$in][${index}]`, state));
  return query.toString();
};

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const entriesOf = async (get: Get, type: ContentType, mainField: string | undefined): Promise<AwaitingEntry[]> => {
  try {
    const { data } = await get<ListReply>(`/content-manager/collection-types/${type.uid}?${listQuery()}`);
    return data.results.map((entry) => ({
      uid: type.uid,
      typeName: type.info.displayName,
      documentId: text(entry.documentId),
      title: text(mainField ? entry[mainField] : undefined) || text(entry.documentId),
      state: text(entry[reviewField]),
      updatedAt: text(entry.updatedAt),
    }));
  } catch (error) {
    // A type this account may not read is left out; any other failure is the widget's error.
    if (isFetchError(error) && error.status === 403) return [];
    throw error;
  }
};

export const fetchAwaitingReview = async (get: Get): Promise<AwaitingEntry[]> => {
  const [types, settings] = await Promise.all([
    get<{ data: ContentType[] }>('/content-manager/content-types'),
    get<{ data: TypeSettings[] }>('/content-manager/content-types-settings'),
  ]);
  const mainFields = new Map(settings.data.data.map((type) => [type.uid, type.settings.mainField]));
  const reviewed = types.data.data.filter((type) => type.kind === 'collectionType' && type.isDisplayed && reviewField in type.attributes);
  const lists = await Promise.all(reviewed.map((type) => entriesOf(get, type, mainFields.get(type.uid))));
  const rank = (state: string): number => waiting.findIndex((candidate) => candidate === state);
  return lists.flat().sort((a, b) => rank(a.state) - rank(b.state) || b.updatedAt.localeCompare(a.updatedAt));
};
