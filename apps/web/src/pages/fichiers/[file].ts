import type { APIRoute, GetStaticPaths } from 'astro';
import { pageEntries } from '../../lib/collections';
import { slidesFile } from '../../lib/slides-file';
import { mediaUrl } from '../../lib/media-url';
import { routeProps } from '../../lib/route-props';

// Files offered for download (event slides) are copied into the site at build time, as images are:
// the public site never links to the CMS, which need not be reachable from the internet.
export const getStaticPaths = (async () =>
  (await pageEntries('events')).flatMap((entry) => {
    const file = slidesFile(entry.data);
    return file ? [{ params: { file: file.name }, props: { source: file.source, type: file.type } }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string; type: string }> = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  const response = await fetch(mediaUrl(props.source));
  if (!response.ok) throw new Error(`Support de présentation introuvable (${response.status}) : ${mediaUrl(props.source)}`);
  // Typed from the allow-list, not from what the CMS answered.
  return new Response(await response.arrayBuffer(), { headers: { 'content-type': props.type } });
};
