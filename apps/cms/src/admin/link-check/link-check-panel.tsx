import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useNotification, type StrapiApp } from '@strapi/strapi/admin';
import { brokenLinkProblem } from '../../link-check/broken-link-text';
import { contentManagerApis } from '../content-manager-apis';

/**
 * The edit view's « Liens externes » panel: the last check of the published page's external links
 * (src/link-check/), the broken ones with their text, and « Vérifier les liens » to check them
 * now. Hidden when link checking is off on this server or the account may not read the entry.
 */

type Checked = { url: string; text: string; where: string; status: number | null; error: string | null; broken: boolean; redirects: number; checkedAt: string };

const parisTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

const path = (model: string, documentId: string) => `/verification-liens/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`;

const Results = ({ links }: { links: Checked[] }) => {
  const broken = links.filter((link) => link.broken);
  const last = links.map((link) => link.checkedAt).sort().at(-1);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi">
        {links.length === 0
          ? 'Aucun lien externe vérifié dans la version publiée.'
          : `${links.length} lien(s) vérifié(s)${last ? ` le ${parisTime.format(new Date(last))}` : ''} : ${broken.length === 0 ? 'aucun n’est cassé.' : `${broken.length} cassé(s).`}`}
      </Typography>
      {broken.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {broken.map((link) => (
            <Box tag="li" key={`${link.where}|${link.url}`} padding={2} background="danger100" hasRadius>
              <Typography variant="pi">
                {link.where} : {brokenLinkProblem(link)}
              </Typography>
            </Box>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

const LinkCheckContent = ({ model, documentId, initial }: { model: string; documentId: string; initial: Checked[] }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [links, setLinks] = React.useState(initial);
  const [busy, setBusy] = React.useState(false);
  const check = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: Checked[] }>(path(model, documentId), {});
      setLinks(data.data);
    } catch {
      toggleNotification({ type: 'danger', message: 'La vérification des liens n’a pas pu être faite.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Results links={links} />
      <Button variant="secondary" fullWidth loading={busy} onClick={() => void check()}>
        Vérifier les liens
      </Button>
    </Flex>
  );
};

const LinkCheckPanel: PanelComponent = ({ model, documentId }) => {
  const { get } = useFetchClient();
  const [initial, setInitial] = React.useState<Checked[] | 'hidden' | null>(null);
  React.useEffect(() => {
    if (!documentId || !model.startsWith('api::')) {
      setInitial('hidden');
      return;
    }
    get<{ data: Checked[] }>(path(model, documentId)).then(
      ({ data }) => setInitial(data.data),
      () => setInitial('hidden'),
    );
  }, [get, model, documentId]);
  if (!documentId || initial === null || initial === 'hidden') return null;
  return { title: 'Liens externes', content: <LinkCheckContent model={model} documentId={documentId} initial={initial} /> };
};

export const addLinkCheckPanel = (app: StrapiApp): void => {
  contentManagerApis(app).addEditViewSidePanel([LinkCheckPanel]);
};
