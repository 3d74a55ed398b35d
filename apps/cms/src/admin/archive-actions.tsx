import * as React from 'react';
import { Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  unstable_useDocumentActions as useDocumentActions,
  useDocumentRBAC,
  type DocumentActionComponent,
  type DocumentActionProps,
} from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';

/**
 * « Archiver » and « Désarchiver » in the edit view's ⋯ menu (issue 33): one click and a reason
 * instead of ticking « Archivée », typing the reason and publishing. Each writes the two fields
 * and publishes in one request, through the content manager's own publish route (the hook its
 * « Publier » uses: same checks, same notifications, the view reloads the document), so the
 * server's rules stay the rule: archive-guard.ts refuses accounts that may not publish, and
 * lifecycle-rules.ts a missing reason.
 *
 * Shown on types with the lifecycle fields, on an entry that is online, to accounts that may
 * publish it, when the form has no unsaved change (publishing sends the stored draft, not the
 * form). When the draft and the online version are the same, the publication is a minor
 * correction: archiving changes neither « Dernière mise à jour » nor the change notes. When the
 * draft holds unpublished changes, they go online with it, and the dialog says so.
 */

type Lifecycle = { archived: boolean; archiveReason: string | null; minorCorrection?: boolean };

const useArchiving = (props: DocumentActionProps, name: string) => {
  const { contentType } = useContentManagerContext();
  const { canPublish } = useDocumentRBAC(name, (rbac) => rbac);
  const modified = useForm(name, (form) => form.modified);
  const { publish } = useDocumentActions();
  const { document, documentId, activeTab } = props;
  const online = document?.status === 'published' || document?.status === 'modified';
  const shown = Boolean(contentType?.attributes.archived) && Boolean(canPublish) && Boolean(documentId) && online && activeTab !== 'published';
  const pendingChanges = document?.status === 'modified';
  const write = async (data: Lifecycle): Promise<boolean> => {
    const body: Lifecycle = pendingChanges ? data : { ...data, minorCorrection: true };
    const result = await publish({ collectionType: props.collectionType, model: props.model, documentId, params: {} }, body);
    return !('error' in result);
  };
  return { shown, archived: document?.archived === true, modified, pendingChanges, write };
};

const pendingNotice = 'Le brouillon contient des modifications pas encore publiées : elles seront mises en ligne en même temps.';

type FormProps = { onClose: () => void; pendingChanges: boolean; archive: (reason: string) => Promise<boolean> };

const ArchiveForm = ({ onClose, pendingChanges, archive }: FormProps) => {
  const [reason, setReason] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const empty = reason.trim() === '';
  const submit = async () => {
    setBusy(true);
    const done = await archive(reason.trim());
    setBusy(false);
    if (done) onClose();
  };
  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="p">
            La page reste en ligne à son adresse, avec en haut le bandeau « Cette page est archivée : … ». Elle quitte les listes, l’accueil et les flux ; la recherche du site l’indique archivée.
          </Typography>
          {pendingChanges && <Typography tag="p">{pendingNotice}</Typography>}
          <Field.Root
            name="motif-archivage"
            required
            hint="C’est ce que liront les visiteurs dans le bandeau, par exemple « ce plan a été remplacé par la feuille de route de 2021 »."
            error={touched && empty ? 'Indiquez le motif de l’archivage.' : undefined}
          >
            <Field.Label>Motif de l’archivage</Field.Label>
            <Textarea value={reason} maxLength={500} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} onBlur={() => setTouched(true)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          Annuler
        </Button>
        <Button variant="danger-light" disabled={empty} loading={busy} onClick={() => void submit()}>
          Archiver la page
        </Button>
      </Modal.Footer>
    </>
  );
};

const ArchiveAction: DocumentActionComponent = (props) => {
  const { shown, archived, modified, pendingChanges, write } = useArchiving(props, 'ArchiveAction');
  // The modal mounts this component by identity: a new one per render would empty the textarea.
  const latest = React.useRef({ pendingChanges, write });
  latest.current = { pendingChanges, write };
  const Content = React.useMemo(
    () =>
      ({ onClose }: { onClose: () => void }) => (
        <ArchiveForm onClose={onClose} pendingChanges={latest.current.pendingChanges} archive={(reason) => latest.current.write({ archived: true, archiveReason: reason })} />
      ),
    [],
  );
  if (!shown || archived) return null;
  return {
    label: 'Archiver',
    disabled: modified,
    position: ['panel'],
    variant: 'danger',
    dialog: { type: 'modal', title: 'Archiver cette page', content: Content },
  };
};

const UnarchiveAction: DocumentActionComponent = (props) => {
  const { shown, archived, modified, pendingChanges, write } = useArchiving(props, 'UnarchiveAction');
  if (!shown || !archived) return null;
  return {
    label: 'Désarchiver',
    disabled: modified,
    position: ['panel'],
    dialog: {
      type: 'dialog',
      title: 'Désarchiver cette page ?',
      content: (
        <Typography tag="p" textAlign="center">
          Le bandeau et son motif disparaissent : la page revient dans les listes, l’accueil et les flux à la prochaine mise à jour du site.
          {pendingChanges ? ` ${pendingNotice}` : ''}
        </Typography>
      ),
      confirmLabel: 'Désarchiver',
      onConfirm: async () => {
        await write({ archived: false, archiveReason: null });
      },
    },
  };
};

export const archiveActions: DocumentActionComponent[] = [ArchiveAction, UnarchiveAction];
