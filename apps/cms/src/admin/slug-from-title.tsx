import * as React from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, type PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm } from '@strapi/strapi/admin';

/**
 * Fills each uid field (the address of an entry: `slug`) from its `targetField` as the editor types,
 * on a new entry, until the editor writes in the uid field; afterwards only Strapi's « regénérer »
 * button changes it.
 *
 * Why: Strapi 5.54's uid input never follows its target field. On a new entry whose uid field is
 * required it asks the server once for a default, computed while the title is still empty (so the
 * type's name: `article`), and keeps it; only the button asks again (content-manager
 * pages/EditView/components/FormInputs/UID). Replacing that input would mean a custom field and a
 * schema change: this side panel shows nothing and asks the route the button asks
 * (/content-manager/uid/generate), so the slug rule and the uniqueness suffix stay Strapi's.
 */

type Attribute = { type: string; targetField?: string };

const delayMs = 300;

/** The uid fields of the type being edited and the field each follows. */
const useUidFields = (): Array<{ field: string; source: string }> => {
  const { contentType } = useContentManagerContext();
  return React.useMemo(
    () =>
      Object.entries((contentType?.attributes ?? {}) as Record<string, Attribute>).flatMap(([field, attribute]) =>
        attribute.type === 'uid' && attribute.targetField ? [{ field, source: attribute.targetField }] : [],
      ),
    [contentType],
  );
};

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A side panel that shows nothing: on a new entry it makes each uid field follow its target field. */
export const SlugFromTitlePanel: PanelComponent = ({ model, documentId }) => {
  // A new entry has no document yet (the content manager's own `isCreatingEntry` stays false there).
  const enabled = documentId === undefined || documentId === 'create';
  const fields = useUidFields();
  const { post } = useFetchClient();
  const values = useForm('SlugFromTitle', (form) => form.values) as Record<string, unknown>;
  const onChange = useForm('SlugFromTitle', (form) => form.onChange);
  // The uid fields the editor has typed in (an `input` event comes from the keyboard or a paste,
  // never from a value the form sets): those are theirs. Comparing values instead would take
  // Strapi's default (`article`) for the editor's when it arrives after the first letters of the title.
  const typed = React.useRef(new Set<string>());
  const now = React.useRef(values);
  now.current = values;
  React.useEffect(() => {
    if (!enabled) return undefined;
    const names = new Set(fields.map(({ field }) => field));
    const onInput = (event: Event): void => {
      const target = event.target;
      if (target instanceof HTMLInputElement && names.has(target.name)) typed.current.add(target.name);
    };
    document.addEventListener('input', onInput, true);
    return () => document.removeEventListener('input', onInput, true);
  }, [fields, enabled]);
  const untouched = (field: string): boolean => !typed.current.has(field);
  // Only a new title asks again: the effect depends on the titles alone.
  const titles = fields.map(({ source }) => textOf(values[source])).join('\u0000');

  React.useEffect(() => {
    if (!enabled) return undefined;
    // An answer about an older title must not overwrite the newer one.
    let stale = false;
    const timers = fields
      .filter(({ field, source }) => textOf(now.current[source]).trim() !== '' && untouched(field))
      .map(({ field }) =>
        window.setTimeout(() => {
          post<{ data: string }>('/content-manager/uid/generate', { contentTypeUID: model, field, data: now.current })
            .then(({ data }) => {
              // The editor may have typed in the field while the server answered.
              if (stale || !untouched(field)) return;
              onChange(field, data.data);
            })
            .catch(() => undefined);
        }, delayMs),
      );
    return () => {
      stale = true;
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [titles, enabled]); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
};
