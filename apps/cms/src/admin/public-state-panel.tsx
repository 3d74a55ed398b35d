import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, type StrapiApp } from '@strapi/strapi/admin';
import { pageSections } from '../preview/preview-sections';
import { publicStatePath, type PageState } from '../public-state/public-state-path';
import { PublicStateLine } from './public-state-line';

/** Read again this often while the edit view is open: a publication goes live within seconds. */
const REFRESH_MS = 2000;

/**
 * The edit view's « Sur le site » panel: whether the entry's page is online, since when, being
 * put online or removed, or why that failed, with a link to the page. The CMS asks the rebuild
 * service (public-state/public-state-route.ts); the panel is hidden for types without pages and
 * for entries this account may not read.
 */
const usePageState = (model: string, documentId: string | undefined): PageState | null | 'hidden' => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<PageState | null | 'hidden'>(null);
  React.useEffect(() => {
    if (!documentId || !pageSections[model]) {
      setState('hidden');
      return undefined;
    }
    let current = true;
    const read = () =>
      get<{ data: PageState }>(`${publicStatePath}/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`).then(
        ({ data }) => current && setState(data.data),
        () => current && setState('hidden'),
      );
    void read();
    const timer = window.setInterval(() => void read(), REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [get, model, documentId]);
  return state;
};

const PublicStatePanel: PanelComponent = ({ model, documentId }) => {
  const state = usePageState(model, documentId);
  if (state === null || state === 'hidden') return null;
  return { title: 'Sur le site', content: <PublicStateLine state={state} /> };
};

type ContentManagerApis = { addEditViewSidePanel: (panels: PanelComponent[]) => void };

export const addPublicStatePanel = (app: StrapiApp): void => {
  (app.getPlugin('content-manager').apis as ContentManagerApis).addEditViewSidePanel([PublicStatePanel]);
};
