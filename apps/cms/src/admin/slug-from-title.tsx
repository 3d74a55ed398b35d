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

/** Follows one uid field; `enabled` is false on an existing entry (hooks run in any case, React's rule). */
const useFollow = (model: string, field: string, source: string, enabled: boolean): void => {
  const { post } = useFetchClient();
  const values = useForm('SlugFromTitle', (form) => form.values) as Record<string, unknown>;
  const onChange = useForm('SlugFromTitle', (form) => form.onChange);
  const title = textOf(values[source]);
  const slug = textOf(values[field]);
  // The last value this hook or Strapi's default put in the field: anything else was typed by the editor.
  const lastFilled = React.useRef<string | null>(null);
  const slugNow = React.useRef(slug);
  slugNow.current = slug;
  const valuesNow = React.useRef(values);
  valuesNow.current = values;
  // Strapi's default (`article`) arrives before the editor types a title: it counts as filled for them.
  if (lastFilled.current === null && slug !== '' && title === '') lastFilled.current = slug;
  const untouched = (): boolean => slugNow.current === '' || slugNow.current === lastFilled.current;

  React.useEffect(() => {
    if (!enabled || title.trim() === '' || !untouched()) return undefined;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      post<{ data: string }>('/content-manager/uid/generate', { contentTypeUID: model, field, data: valuesNow.current })
        .then(({ data }) => {
          // The editor may have typed in the field while the server answered.
          if (cancelled || !untouched()) return;
          lastFilled.current = data.data;
          onChange(field, data.data);
        })
        .catch(() => undefined);
    }, delayMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // Only a new title asks again.
  }, [title, enabled]); // eslint-disable-line react-hooks/exhaustive-deps
};

/** A side panel that shows nothing: it only runs the followers of the type's uid fields. */
export const SlugFromTitlePanel: PanelComponent = ({ model, documentId }) => {
  const { isCreatingEntry } = useContentManagerContext();
  const enabled = isCreatingEntry && !documentId;
  // The list of uid fields of a type never changes while its edit view is open: the hooks keep their order.
  for (const { field, source } of useUidFields()) useFollow(model, field, source, enabled);
  return null;
};
