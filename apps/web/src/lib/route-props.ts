type StaticPath<P> = { params: Record<string, string | number | undefined>; props: P };

/**
 * A page's props: handed over by getStaticPaths in the static build; found again from the URL's
 * params when the page is rendered on request (the fast rebuild renders single pages, and Astro
 * does not call getStaticPaths for those).
 */
export const routeProps = async <P extends object>(
  page: { props: P; params: Record<string, string | undefined> },
  paths: () => Promise<StaticPath<P>[]>,
): Promise<P> => {
  if (Object.keys(page.props).length > 0) return page.props;
  const wanted = Object.entries(page.params);
  const match = (await paths()).find((path) => wanted.every(([key, value]) => String(path.params[key]) === value));
  if (!match) throw new Error(`Aucune page ne correspond à ${JSON.stringify(page.params)}.`);
  return match.props;
};
