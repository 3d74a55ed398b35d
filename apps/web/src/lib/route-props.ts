import { STATIC_PATHS_LOCAL, type StaticPathsAnswer } from '../fast-rebuild/static-paths';

type StaticPath<P> = { params: Record<string, string | number | undefined>; props: P };

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
  const wanted = Object.entries(page.params);
  const match = (await paths()).find((path) => wanted.every(([key, value]) => String(path.params[key]) === value));
  if (!match) throw new Error(`Aucune page ne correspond à ${JSON.stringify(page.params)}.`);
  return match.props;
};
