import type { BlocksContent } from '@bluehats/content-types';
import type { BodyItem } from './body-items';
import { ImportError } from './errors';
import type { FrontMatter } from './front-matter';
import type { Common } from './common-plan';
import { findApplicationUrl, findApplicationWindow } from './project-call';
import { plainText, truncate } from './text';

export type ProjectCallPlan = Common & {
  kind: 'project-call';
  programme: string;
  edition: string;
  summary: string;
  body: BlocksContent;
  opensAt: string;
  closesAt: string;
  applicationUrl: string | null;
};

type Input = Common & { frontMatter: FrontMatter; body: string; items: BodyItem[]; blocks: BlocksContent };

/** A call for applications: its window and form are read from the text. */
export const projectCallPlan = ({ frontMatter, body, items, blocks, ...common }: Input): ProjectCallPlan => {
  const window = findApplicationWindow(body);
  if (!window) {
    throw new ImportError(common.source, 'appel à projets sans période de candidature reconnue (« entre le 15 mars et le 15 mai 2022 »).', 'dates');
  }
  const dropped = items.filter((i) => i.kind !== 'rich-text' && i.kind !== 'legacy-html').length;
  if (dropped) common.notes.push(`${dropped} image(s), vidéo(s), citation(s) ou tableau(x) repris en texte ou non repris : le corps d’un appel à projets est du texte enrichi`);
  const summary = frontMatter.description ?? plainText(blocks.filter((b) => b.type === 'paragraph').slice(0, 1));
  return {
    ...common,
    kind: 'project-call',
    programme: /semester of code|bsoc/i.test(`${frontMatter.title} ${body}`) ? 'BlueHats Semester of Code' : frontMatter.title,
    edition: window.closesAt.slice(0, 4),
    summary: truncate(summary || frontMatter.title, 500),
    body: blocks,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    applicationUrl: findApplicationUrl(blocks),
  };
};
