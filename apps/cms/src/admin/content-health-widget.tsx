import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { contentHealthPath } from '../content-health/content-health-path';
import { entryLabel, type Finding } from '../content-health/findings';

type State = { findings: Finding[] } | { error: string } | null;

/** How many entries the home page lists; `npm run content-health` gives the whole list. */
const shown = 8;

/**
 * « À compléter » on the admin's home page: the entries that still need something, those whose
 * fault a reader would meet first, each linked to its edit page. The list is the CMS's
 * (content-health/findings.ts), the same as `npm run content-health`.
 */
export const ContentHealthWidget = () => {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>(null);
  useEffect(() => {
    get<{ data: Finding[] }>(contentHealthPath)
      .then(({ data }) => setState({ findings: data.data }))
      .catch(() => setState({ error: 'La liste n’a pas pu être lue. Rechargez la page.' }));
  }, [get]);

  if (state === null) return <Loader small>Lecture du contenu…</Loader>;
  if ('error' in state) return <Typography textColor="danger600">{state.error}</Typography>;
  const byEntry = new Map<string, Finding[]>();
  for (const finding of state.findings) byEntry.set(finding.editPath, [...(byEntry.get(finding.editPath) ?? []), finding]);
  if (byEntry.size === 0) return <Typography>Rien à compléter : chaque entrée a ce qu’il lui faut.</Typography>;
  const entries = [...byEntry.values()].sort((a, b) => Number(b.some((f) => f.blocking)) - Number(a.some((f) => f.blocking)));
  const blocking = state.findings.filter((f) => f.blocking).length;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="omega" textColor="neutral600">
        {state.findings.length} point(s) dans {byEntry.size} entrée(s), dont {blocking} visible(s) comme un défaut sur le site.
      </Typography>
      <Box tag="ul">
        {entries.slice(0, shown).map((items) => {
          const [first] = items as [Finding, ...Finding[]];
          return (
            <Box tag="li" key={first.editPath} paddingBottom={2}>
              <Link to={first.editPath}>
                <Typography fontWeight="bold">{entryLabel(first)}</Typography>
              </Link>
              {items.map((item, index) => (
                <Flex key={index} gap={2} paddingTop={1}>
                  {item.blocking ? <Badge>à corriger</Badge> : <Badge>à revoir</Badge>}
                  <Typography variant="pi">
                    {item.where} : {item.problem}
                  </Typography>
                </Flex>
              ))}
            </Box>
          );
        })}
      </Box>
      {entries.length > shown && <Typography variant="pi">Et {entries.length - shown} autre(s) entrée(s) : la liste complète s’obtient avec npm run content-health.</Typography>}
    </Flex>
  );
};
