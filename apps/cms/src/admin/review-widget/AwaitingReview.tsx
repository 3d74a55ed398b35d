import { useEffect, useState } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { reviewStates } from '../../review/review-states';
import { fetchAwaitingReview, type AwaitingEntry } from './awaiting-review';

type Load = { status: 'loading' } | { status: 'error' } | { status: 'done'; entries: AwaitingEntry[] };

const editLink = (entry: AwaitingEntry): string => `/content-manager/collection-types/${entry.uid}/${entry.documentId}`;

/** The home-page list of drafts waiting for the Publication role, each linked to its edit view. */
export const AwaitingReview = () => {
  const { get } = useFetchClient();
  const { formatDate } = useIntl();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    fetchAwaitingReview(get).then(
      (entries) => current && setLoad({ status: 'done', entries }),
      () => current && setLoad({ status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [get]);

  if (load.status === 'loading') return <Widget.Loading>Chargement des contenus à relire</Widget.Loading>;
  if (load.status === 'error') return <Widget.Error>La liste des contenus à relire n’a pas pu être chargée.</Widget.Error>;
  if (load.entries.length === 0) return <Widget.NoData>Aucun contenu à relire pour le moment.</Widget.NoData>;

  return (
    <Box tag="ul" aria-label="Contenus à relire ou prêts à publier">
      {load.entries.map((entry) => (
        <Box tag="li" key={`${entry.uid}/${entry.documentId}`} paddingTop={2} paddingBottom={2}>
          <Flex justifyContent="space-between" alignItems="flex-start" gap={3}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Link to={editLink(entry)}>
                <Typography fontWeight="semiBold" textColor="primary600">
                  {entry.title}
                </Typography>
              </Link>
              <Typography variant="pi" textColor="neutral600">
                {entry.typeName}, modifié le {formatDate(entry.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}
              </Typography>
            </Flex>
            <Badge variant={entry.state === reviewStates.toReview ? 'warning' : 'success'}>{entry.state}</Badge>
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
