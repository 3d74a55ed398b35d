import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification, type StrapiApp } from '@strapi/strapi/admin';
import { previewSections } from '../preview/preview-sections';
import { contentManagerApis } from './content-manager-apis';

/**
 * The edit view's "Partager l'aperçu" panel: a link to the draft for someone without an account,
 * for a chosen time, and the live ones with a way to revoke each. The routes it calls
 * (src/preview/shared/admin-routes.ts) answer 403 to whoever may not publish the entry: the panel
 * then stays hidden.
 */

type LiveLink = { id: number; createdByName: string; expiresAt: string };

const durations = [
  { label: '1 heure', seconds: 3600 },
  { label: '1 jour', seconds: 24 * 3600 },
  { label: '3 jours', seconds: 3 * 24 * 3600 },
  { label: '7 jours', seconds: 7 * 24 * 3600 },
];

const parisTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

/** Live links of the document; null until known, 'hidden' when it cannot be shared from here. */
const useLiveLinks = (model: string, documentId: string | undefined) => {
  const { get } = useFetchClient();
  const [links, setLinks] = React.useState<LiveLink[] | 'hidden' | null>(null);
  const reload = React.useCallback(async () => {
    if (!documentId || !previewSections[model]) {
      setLinks('hidden');
      return;
    }
    try {
      const { data } = await get<{ data: LiveLink[] }>(`/partage-apercu/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`);
      setLinks(data.data);
    } catch (error) {
      // 403: this account may not publish the entry; 503: previews are off on this server.
      setLinks([403, 503].includes(statusOf(error) ?? 0) ? 'hidden' : []);
    }
  }, [get, model, documentId]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  return { links, reload };
};

const SharePanelContent = ({ model, documentId, links, reload }: { model: string; documentId: string; links: LiveLink[]; reload: () => Promise<void> }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [duration, setDuration] = React.useState(String(durations[1]?.seconds));
  const [created, setCreated] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  const create = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: { url: string } }>('/partage-apercu', { uid: model, documentId, durationSeconds: Number(duration) });
      setCreated(data.data.url);
      await reload();
    } catch {
      toggleNotification({ type: 'danger', message: 'Le lien de partage n’a pas pu être créé.' });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      toggleNotification({ type: 'success', message: 'Lien copié : collez-le dans votre message.' });
    } catch {
      // The clipboard is refused outside HTTPS or without the browser's permission.
      toggleNotification({ type: 'warning', message: 'Copie impossible ici : sélectionnez le lien dans le champ et copiez-le.' });
    }
  };
  const revoke = async (id: number) => {
    try {
      await post(`/partage-apercu/${id}/revocation`, {});
      toggleNotification({ type: 'success', message: 'Lien révoqué : il n’ouvre plus l’aperçu.' });
      await reload();
    } catch {
      toggleNotification({ type: 'danger', message: 'Le lien n’a pas pu être révoqué.' });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" textColor="neutral600">
        Pour montrer ce brouillon à une personne sans compte. Toute personne qui a le lien peut lire la page jusqu’à son expiration.
      </Typography>
      <Field.Root name="duree-partage">
        <Field.Label>Durée du lien</Field.Label>
        <SingleSelect value={duration} onChange={(value) => setDuration(String(value))}>
          {durations.map((choice) => (
            <SingleSelectOption key={choice.seconds} value={String(choice.seconds)}>
              {choice.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Button variant="secondary" fullWidth loading={busy} onClick={() => void create()}>
        Créer un lien de partage
      </Button>
      {created && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="lien-partage" hint="Copiez-le maintenant : il ne sera plus affiché.">
            <Field.Label>Nouveau lien</Field.Label>
            <TextInput value={created} readOnly onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()} />
            <Field.Hint />
          </Field.Root>
          <Button variant="tertiary" fullWidth onClick={() => void copy()}>
            Copier le lien
          </Button>
        </Flex>
      )}
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        Liens en cours
      </Typography>
      {links.length === 0 ? (
        <Typography variant="pi">Aucun lien en cours.</Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {links.map((link) => (
            <Box tag="li" key={link.id} padding={2} background="neutral100" hasRadius>
              <Flex direction="column" alignItems="flex-start" gap={2}>
                <Typography variant="pi">
                  Jusqu’au {parisTime.format(new Date(link.expiresAt))}, créé par {link.createdByName}
                </Typography>
                <Button variant="danger-light" size="S" onClick={() => void revoke(link.id)}>
                  Révoquer
                </Button>
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

const SharedPreviewPanel: PanelComponent = ({ model, documentId }) => {
  const { links, reload } = useLiveLinks(model, documentId);
  if (!documentId || links === null || links === 'hidden') return null;
  return { title: 'Partager l’aperçu', content: <SharePanelContent model={model} documentId={documentId} links={links} reload={reload} /> };
};

export const addSharedPreviewPanel = (app: StrapiApp): void => {
  contentManagerApis(app).addEditViewSidePanel([SharedPreviewPanel]);
};
