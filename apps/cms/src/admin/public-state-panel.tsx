import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, type StrapiApp } from '@strapi/strapi/admin';
import { pagePaths } from '../preview/preview-sections';
import { publicStatePath, type PageState } from '../public-state/public-state-path';
import { PublicStateLine } from './public-state-line';

/** Read again this often while the edit view is open: a publication goes live within seconds. */
const REFRESH_MS = 2000;

/**
 * The edit view's « Sur le site » panel: whether the page of the language version shown is online,
 * since when, being put online or removed, or why that failed, with a link to that page (the
 * English page on the English edit view). The CMS asks the rebuild service
 * (public-state/public-state-route.ts); the panel is hidden for types without pages and for
 * entries this account may not read.
 */
const usePageState = (model: string, documentId: string | undefined, locale: string | undefined): PageState | null | 'hidden' => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<PageState | null | 'hidden'>(null);
  React.useEffect(() => {
    if (!documentId || !pagePaths[model]) {
      setState('hidden');
      return undefined;
    }
    let current = true;
    const inLocale = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    const read = () =>
      get<{ data: PageState }>(`${publicStatePath}/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}${inLocale}`).then(
        ({ data }) => current && setState(data.data),
        () => current && setState('hidden'),
      );
    void read();
    const timer = window.setInterval(() => void read(), REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [get, model, documentId, locale]);
  return state;
};

// document.locale: the language version the edit view shows (Strapi's i18n), as the « Versions publiées » panel reads it.
const PublicStatePanel: PanelComponent = ({ model, documentId, document }) => {
  const state = usePageState(model, documentId, typeof document?.locale === 'string' ? document.locale : undefined);
  if (state === null || state === 'hidden') return null;
  return { title: 'Sur le site', content: <PublicStateLine state={state} /> };
};

type ContentManagerApis = { addEditViewSidePanel: (panels: PanelComponent[]) => void };

export const addPublicStatePanel = (app: StrapiApp): void => {
  (app.getPlugin('content-manager').apis as ContentManagerApis).addEditViewSidePanel([PublicStatePanel]);
};
