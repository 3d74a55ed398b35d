import { Badge, Flex, Typography } from '@strapi/design-system';
import type { PageState } from '../public-state/public-state-path';
import { describePageState } from './public-state-text';

const badges = { success: 'En ligne', secondary: 'En cours', danger: 'Échec', warning: 'À vérifier', neutral: 'Hors ligne' } as const;

/** A page's public state in one line, with « Voir la page » when it is online (shared by the edit-view panel and the home widget). */
export const PublicStateLine = ({ state }: { state: PageState }) => {
  const line = describePageState(state);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-public-state={line.tone}>
      <Flex gap={2} alignItems="center">
        <Badge variant={line.tone === 'neutral' ? undefined : line.tone}>{badges[line.tone]}</Badge>
        <Typography variant="pi">
          {line.text}
          {line.url && (
            <>
              {' — '}
              <a href={line.url} target="_blank" rel="noopener noreferrer">
                Voir la page
              </a>
            </>
          )}
        </Typography>
      </Flex>
    </Flex>
  );
};
