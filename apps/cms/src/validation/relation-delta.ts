/**
 * What a relation will hold after a write, from what is stored and what the write sends.
 *
 * Strapi 5 accepts a relation as a plain value (an id, a documentId, `{ documentId }`, a list of
 * them) or as a delta (`{ connect, disconnect, set }`, connect items possibly carrying a
 * `position`). The admin always sends a delta on update, `{ connect: [], disconnect: [] }` when
 * nothing changed, so a rule that reads the payload alone sees "no relation" on every correction.
 */

export type Ref = { id?: number; documentId?: string };

const toRef = (value: unknown): Ref | null => {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string' && value !== '') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as { id?: unknown; documentId?: unknown };
  const ref: Ref = {};
  if (typeof v.id === 'number') ref.id = v.id;
  if (typeof v.id === 'string' && /^\d+$/.test(v.id)) ref.id = Number(v.id);
  if (typeof v.documentId === 'string' && v.documentId !== '') ref.documentId = v.documentId;
  return ref.id === undefined && ref.documentId === undefined ? null : ref;
};

const toRefs = (value: unknown): Ref[] =>
  (Array.isArray(value) ? value : [value]).map(toRef).filter((ref): ref is Ref => ref !== null);

/** Two references name the same entry: by documentId when both carry one (draft and published rows differ by id), else by id. */
const sameRef = (a: Ref, b: Ref): boolean =>
  a.documentId !== undefined && b.documentId !== undefined ? a.documentId === b.documentId : a.id !== undefined && a.id === b.id;

const isDelta = (value: unknown): value is { connect?: unknown; disconnect?: unknown; set?: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ['connect', 'disconnect', 'set'].some((key) => key in value);

/** The references a relation holds once `sent` is written over `stored`. `sent === undefined` means the write leaves it alone. */
export const relationAfterWrite = (stored: unknown, sent: unknown): Ref[] => {
  const current = stored === null || stored === undefined ? [] : toRefs(stored);
  if (sent === undefined) return current;
  if (sent === null) return [];
  if (!isDelta(sent)) return toRefs(sent);
  const base = sent.set !== undefined ? toRefs(sent.set) : current;
  const disconnected = sent.disconnect === undefined ? [] : toRefs(sent.disconnect);
  const connected = sent.connect === undefined ? [] : toRefs(sent.connect);
  const kept = base.filter((ref) => !disconnected.some((gone) => sameRef(gone, ref)));
  return [...kept.filter((ref) => !connected.some((added) => sameRef(added, ref))), ...connected];
};
