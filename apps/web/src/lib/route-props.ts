import { STATIC_PATHS_LOCAL, type StaticPathsAnswer } from '../engine/fast/static-paths';
import { perContentGeneration } from '../engine/content/content-generation';

type Params = Record<string, string | number | undefined>;
type StaticPath<P> = { params: Params; props: P };

const keyOf = (params: Params): string => JSON.stringify(Object.keys(params).sort().map((key) => [key, String(params[key])]));

// Each route's pages by their params, once per content: the renderer renders a route's pages one
// request at a time, and getStaticPaths goes through the whole collection.
const pagesByParams = perContentGeneration(async (paths: () => Promise<StaticPath<unknown>[]>) => new Map((await paths()).map((path) => [keyOf(path.params), path.props])));

/**
 * A page's props: handed over by getStaticPaths in the static build; found again from the URL's
 * params when the page is rendered on request (the fast rebuild renders single pages, and Astro
 * does not call getStaticPaths for those). Asked for its route's static paths (the renderer's
 * middleware put an answer in `locals`), it leaves every page's params there and renders nothing.
 */
export const routeProps = async <P extends object>(
  page: { props: P; params: Record<string, string | undefined>; locals?: object },
  paths: () => Promise<StaticPath<P>[]>,
): Promise<P> => {
  const answer = (page.locals as Record<string, StaticPathsAnswer | undefined> | undefined)?.[STATIC_PATHS_LOCAL];
  if (answer) {
    answer.params = (await paths()).map((path) => path.params);
    // Not a page to render: the middleware answers the list, and catches this.
    throw new Error('Liste des pages de la route donnée.');
  }
  if (Object.keys(page.props).length > 0) return page.props;
  const match = (await pagesByParams(paths)).get(keyOf(page.params));
  if (match === undefined) throw new Error(`Aucune page ne correspond à ${JSON.stringify(page.params)}.`);
  return match as P;
};
