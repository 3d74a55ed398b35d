import * as React from 'react';
import { Typography } from '@strapi/design-system';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useDocumentRBAC,
  type DocumentActionComponent,
  type DocumentActionDescription,
  type PanelComponent,
} from '@strapi/content-manager/strapi-admin';
import { useAuth, type StrapiApp } from '@strapi/strapi/admin';
import { contentManagerApis } from './content-manager-apis';
import { archiveActions } from './archive-actions';

/**
 * The edit view's actions as editors need them:
 * - « Modifier le modèle » (the content-type builder) only for accounts that may open the builder:
 *   Strapi shows it to everyone on a desktop screen and the builder then refuses an editor;
 * - « Dépublier » asks first: Strapi unpublishes in one click (it asks only when a draft is modified);
 * - « Archiver » and « Désarchiver » (archive-actions.tsx) join the ⋯ menu, after Strapi's own;
 * - a Rédaction account reads, beside the greyed « Publier », why it is greyed and how to ask.
 */

/** Keeps Strapi's static `type` and `position`: the content manager places and recognises actions by them. */
const like = (original: DocumentActionComponent, replacement: DocumentActionComponent): DocumentActionComponent =>
  Object.assign(replacement, { type: original.type, position: original.position });

const forModelEditorsOnly = (original: DocumentActionComponent): DocumentActionComponent =>
  like(original, (props) => {
    const description = original(props);
    const mayEditModels = useAuth('EditTheModelAction', (auth) => auth.permissions.some((permission) => permission.action.startsWith('plugin::content-type-builder.')));
    return mayEditModels ? description : null;
  });

const confirmed = (original: DocumentActionComponent): DocumentActionComponent =>
  like(original, (props) => {
    const description: DocumentActionDescription | null = original(props);
    const click = React.useRef<React.SyntheticEvent | null>(null);
    if (!description?.onClick || description.dialog) return description;
    const { onClick } = description;
    return {
      ...description,
      // Returning false opens the dialog (DocumentActions' handleClick): the click is kept for the confirmation.
      onClick: (event) => {
        click.current = event;
        return false;
      },
      dialog: {
        type: 'dialog',
        title: 'Dépublier ce contenu ?',
        content: (
          <Typography tag="p" textAlign="center">
            Il disparaîtra du site public à sa prochaine mise à jour, dans les minutes qui viennent. Il reste ici en brouillon : vous pourrez le publier de nouveau.
          </Typography>
        ),
        confirmLabel: 'Dépublier',
        variant: 'danger',
        onConfirm: async () => {
          if (click.current) await onClick(click.current);
        },
      },
    };
  });

const replacements: Record<string, (original: DocumentActionComponent) => DocumentActionComponent> = {
  'edit-the-model': forModelEditorsOnly,
  unpublish: confirmed,
};

/** Shown to whoever may edit but not publish the entry (the Rédaction role). */
const PublishHintPanel: PanelComponent = () => {
  // Without the permission the flag is absent rather than false; unknown while the rights load.
  const { canPublish, isLoading } = useDocumentRBAC('PublishHintPanel', (rbac) => rbac);
  const { hasDraftAndPublish, contentType } = useContentManagerContext();
  if (isLoading || canPublish || !hasDraftAndPublish) return null;
  const asking = contentType?.attributes.reviewState
    ? ' Quand le contenu est prêt, choisissez « À relire » dans « Relecture » et enregistrez : l’équipe Publication le verra sur sa page d’accueil.'
    : '';
  return {
    title: 'Pourquoi « Publier » est grisé',
    content: (
      <Typography tag="p" variant="omega">
        Votre rôle prépare les contenus ; une personne du rôle Publication les met en ligne.{asking}
      </Typography>
    ),
  };
};

export const customiseDocumentActions = (app: StrapiApp): void => {
  const apis = contentManagerApis(app);
  apis.addDocumentAction((actions) => [...actions.map((action) => replacements[action.type ?? '']?.(action) ?? action), ...archiveActions]);
  apis.addEditViewSidePanel([PublishHintPanel]);
};
