import type { DescriptionReducer, DocumentActionComponent, PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';

/** The slice of the content manager's admin API this admin uses (its plugin's `apis` are untyped). */
type ContentManagerApis = {
  addEditViewSidePanel: (panels: PanelComponent[]) => void;
  addDocumentAction: (actions: DescriptionReducer<DocumentActionComponent>) => void;
};

export const contentManagerApis = (app: StrapiApp): ContentManagerApis => app.getPlugin('content-manager').apis as ContentManagerApis;
