import * as React from 'react';
import { Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification, type StrapiApp } from '@strapi/strapi/admin';
import { contentManagerApis } from '../content-manager-apis';

/**
 * The edit view's « Versions publiées » panel: each publication of the entry (when, by whom, its
 * change note), a link to its page as it was (the preview server), and « Restaurer en brouillon »
 * for whoever may edit the entry. The routes (src/history/admin-routes.ts) answer 403 for types
 * without a draft step and for accounts that may not read the entry: the panel then stays hidden.
 */

type Version = { id: number; publishedAt: string; publishedByName: string; changeNote: string | null; viewUrl: string | null };
type Listed = { versions: Version[]; mayRestore: boolean };

const parisTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

// locale: the language version the edit view shows; each one lists its own publications.
const useVersions = (model: string, documentId: string | undefined, locale: string | undefined) => {
  const { get } = useFetchClient();
  const [listed, setListed] = React.useState<Listed | 'hidden' | null>(null);
  React.useEffect(() => {
    if (!documentId) {
      setListed('hidden');
      return;
    }
    const inLocale = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    get<{ data: Version[]; meta: { mayRestore: boolean } }>(`/versions-publiees/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}${inLocale}`).then(
      ({ data }) => setListed({ versions: data.data, mayRestore: data.meta.mayRestore }),
      () => setListed('hidden'),
    );
  }, [get, model, documentId, locale]);
  return listed;
};

const VersionLine = ({ version, mayRestore }: { version: Version; mayRestore: boolean }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const restore = async () => {
    setBusy(true);
    try {
      await post(`/versions-publiees/${version.id}/restauration`, {});
      toggleNotification({ type: 'success', message: 'Version restaurée dans le brouillon : rien ne change en ligne avant sa publication.' });
      // The edit view keeps the document it loaded: reading it again shows the restored draft.
      window.location.reload();
    } catch {
      toggleNotification({ type: 'danger', message: 'La version n’a pas pu être restaurée.' });
      setBusy(false);
    }
  };
  return (
    <Box tag="li" padding={2} background="neutral100" hasRadius>
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="pi" fontWeight="bold">
          {parisTime.format(new Date(version.publishedAt))}
        </Typography>
        <Typography variant="pi">Par {version.publishedByName}</Typography>
        {version.changeNote && <Typography variant="pi">Note : {version.changeNote}</Typography>}
        <Flex gap={2} wrap="wrap">
          {version.viewUrl && (
            <LinkButton variant="tertiary" size="S" href={version.viewUrl} target="_blank" rel="noreferrer">
              Voir
            </LinkButton>
          )}
          {mayRestore && (
            <Button variant="secondary" size="S" loading={busy} onClick={() => void restore()}>
              Restaurer en brouillon
            </Button>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};

const HistoryPanel: PanelComponent = ({ model, documentId, document }) => {
  const listed = useVersions(model, documentId, typeof document?.locale === 'string' ? document.locale : undefined);
  if (listed === null || listed === 'hidden') return null;
  return {
    title: 'Versions publiées',
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        {listed.versions.length === 0 ? (
          <Typography variant="pi">Pas encore de version publiée.</Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label="Versions publiées, de la plus récente à la plus ancienne">
            {listed.versions.map((version) => (
              <VersionLine key={version.id} version={version} mayRestore={listed.mayRestore} />
            ))}
          </Flex>
        )}
      </Flex>
    ),
  };
};

export const addHistoryPanel = (app: StrapiApp): void => {
  contentManagerApis(app).addEditViewSidePanel([HistoryPanel]);
};
