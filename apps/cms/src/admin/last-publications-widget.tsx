import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { publicStatePath, type RecentPublication } from '../public-state/public-state-path';
import { PublicStateLine } from './public-state-line';
import { defaultLocale, languageName } from '../i18n/locales';

type Load = { status: 'loading' } | { status: 'error' } | { status: 'done'; lines: RecentPublication[]; serviceAnswered: boolean };

const REFRESH_MS = 5000;

/** The edit view of the language version published (Strapi's i18n reads it from the address). */
const editLink = (line: RecentPublication): string =>
  `/content-manager/collection-types/${line.uid}/${line.documentId}${line.locale ? `?plugins[i18n][locale]=${encodeURIComponent(line.locale)}` : ''}`;

/** « (anglais) » after the title of a version not in French: the editor sees which page changed, never a code. */
const languageOf = (line: RecentPublication): string => (line.locale && line.locale !== defaultLocale ? ` (${languageName(line.locale)})` : '');

/** « Dernières publications » on the home page: the last language versions published, corrected or removed, each with its page's public state. */
export const LastPublications = () => {
  const { get } = useFetchClient();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const read = () =>
      get<{ data: RecentPublication[]; meta: { serviceAnswered: boolean } }>(publicStatePath).then(
        ({ data }) => current && setLoad({ status: 'done', lines: data.data, serviceAnswered: data.meta.serviceAnswered }),
        () => current && setLoad({ status: 'error' }),
      );
    void read();
    const timer = window.setInterval(() => void read(), REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [get]);

  if (load.status === 'loading') return <Widget.Loading>Lecture de l’état du site</Widget.Loading>;
  if (load.status === 'error') return <Widget.Error>L’état du site n’a pas pu être lu.</Widget.Error>;
  if (!load.serviceAnswered) return <Widget.Error>Le service de mise en ligne ne répond pas : l’état du site est inconnu.</Widget.Error>;
  if (load.lines.length === 0) return <Widget.NoData>Aucune publication depuis le dernier démarrage du service de mise en ligne.</Widget.NoData>;
  return (
    <Box tag="ul" aria-label="Dernières publications">
      {load.lines.map((line) => (
        <Box tag="li" key={`${line.uid}/${line.documentId}/${line.locale ?? ''}`} paddingTop={2} paddingBottom={2}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Link to={editLink(line)}>
              <Typography fontWeight="semiBold" textColor="primary600">
                {line.title}
                {languageOf(line)}
              </Typography>
            </Link>
            <Typography variant="pi" textColor="neutral600">
              {line.typeName}
            </Typography>
            <PublicStateLine state={line} />
          </Flex>
        </Box>
      ))}
    </Box>
  );
};
