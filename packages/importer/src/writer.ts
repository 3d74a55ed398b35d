import type { CmsApi } from './cms-api';
import type { ArticlePlan, BodyItem, ImportPlan, PlannedImage, PlannedQuote, PlannedVideo, ProjectCallPlan } from './plan';

export type Action = 'créé' | 'mis à jour' | 'inchangé' | 'serait créé' | 'serait mis à jour';

type Existing = { documentId: string; importDigest: string | null; importSource: string | null };
type Undo = () => Promise<unknown>;

const collectionOf = (plan: ImportPlan): string => (plan.kind === 'article' ? 'articles' : 'project-calls');

const q = (value: string): string => encodeURIComponent(value);

const transcriptPlaceholder = (video: PlannedVideo) => [
  { type: 'paragraph', children: [{ type: 'text', text: `Transcription à rédiger pour « ${video.title} » (vidéo importée).` }] },
];

/**
 * Writes one plan. Everything it creates on the way (uploads, quotes, videos, tags) is undone if a
 * later step fails, so a file that cannot be imported leaves nothing behind; the document itself
 * is written last, in one request.
 */
export const writePlan = async (api: CmsApi, plan: ImportPlan, options: { publish: boolean; dryRun: boolean }): Promise<Action> => {
  const collection = collectionOf(plan);
  const found = await api.get<{ data: Existing[] }>(
    `/api/${collection}?status=draft&filters[slug][$eq]=${q(plan.slug)}&fields[0]=importDigest&fields[1]=importSource`,
  );
  const existing = found.data[0];
  if (existing && existing.importSource !== plan.source) {
    throw new Error(
      existing.importSource
        ? `l’adresse « ${plan.slug} » est déjà prise par l’import de ${existing.importSource}`
        : `l’adresse « ${plan.slug} » est déjà prise par une entrée écrite dans l’administration : renommez le fichier ou ajoutez « slug: » à son en-tête`,
    );
  }
  if (existing?.importDigest === plan.digest) return 'inchangé';
  if (options.dryRun) return existing ? 'serait mis à jour' : 'serait créé';

  const undo: Undo[] = [];
  const status = options.publish ? 'published' : 'draft';
  try {
    const upload = async (image: PlannedImage): Promise<number> => {
      const id = await api.upload(image);
      undo.push(() => api.send('DELETE', `/api/upload/files/${id}`));
      return id;
    };
    const findOrCreate = async (type: string, filter: string, data: Record<string, unknown>): Promise<string> => {
      const match = await api.get<{ data: Array<{ documentId: string }> }>(`/api/${type}?status=draft&${filter}&fields[0]=documentId`);
      if (match.data[0]) return match.data[0].documentId;
      const created = await api.send<{ data: { documentId: string } }>('POST', `/api/${type}?status=${status}`, { data });
      undo.push(() => api.send('DELETE', `/api/${type}/${created.data.documentId}`));
      return created.data.documentId;
    };
    const quote = async (item: PlannedQuote): Promise<string> =>
      findOrCreate('quotes', `filters[text][$eq]=${q(item.text)}`, {
        text: item.text,
        authorName: item.authorName,
        authorRole: item.authorRole,
        ...(item.portrait ? { portrait: await upload(item.portrait), portraitAlt: item.portrait.alt } : {}),
      });
    const video = async (item: PlannedVideo): Promise<string> =>
      findOrCreate('videos', `filters[embedUrl][$eq]=${q(item.embedUrl)}`, {
        title: item.title,
        provider: item.provider,
        embedUrl: item.embedUrl,
        caption: item.caption,
        transcript: transcriptPlaceholder(item),
      });
    const tags = async (slugs: string[]): Promise<string[]> => {
      const ids: string[] = [];
      for (const slug of slugs) ids.push(await findOrCreate('tags', `filters[slug][$eq]=${q(slug)}`, { slug, name: slug.charAt(0).toUpperCase() + slug.slice(1) }));
      return ids;
    };
    const bodyOf = async (items: BodyItem[]): Promise<Record<string, unknown>[]> => {
      const body: Record<string, unknown>[] = [];
      for (const item of items) {
        if (item.kind === 'rich-text') body.push({ __component: 'blocks.rich-text', content: item.content });
        else if (item.kind === 'quote') body.push({ __component: 'blocks.quote', quote: await quote(item.quote) });
        else if (item.kind === 'video') body.push({ __component: 'blocks.video', video: await video(item.video), size: 'md' });
        else if (item.kind === 'image') body.push({ __component: 'blocks.image', image: await upload(item.image), alt: item.image.alt || null, decorative: !item.image.alt });
        else body.push({ __component: 'blocks.legacy-html', html: item.html, source: plan.source });
      }
      return body;
    };
    const data = plan.kind === 'article' ? await articleData(plan, bodyOf, upload, tags) : await projectCallData(plan, tags);
    const payload = { data: { ...data, slug: plan.slug, importSource: plan.source, importDigest: plan.digest } };
    if (existing) await api.send('PUT', `/api/${collection}/${existing.documentId}?status=${status}`, payload);
    else await api.send('POST', `/api/${collection}?status=${status}`, payload);
    return existing ? 'mis à jour' : 'créé';
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
};

const articleData = async (
  plan: ArticlePlan,
  bodyOf: (items: BodyItem[]) => Promise<Record<string, unknown>[]>,
  upload: (image: PlannedImage) => Promise<number>,
  tags: (slugs: string[]) => Promise<string[]>,
) => ({
  title: plan.title,
  description: plan.description,
  date: plan.date,
  tags: await tags(plan.tags),
  ...(plan.cover ? { cover: await upload(plan.cover), coverAlt: plan.cover.alt || null } : {}),
  body: await bodyOf(plan.body),
});

const projectCallData = async (plan: ProjectCallPlan, tags: (slugs: string[]) => Promise<string[]>) => ({
  title: plan.title,
  programme: plan.programme,
  edition: plan.edition,
  summary: plan.summary,
  body: plan.body,
  opensAt: plan.opensAt,
  closesAt: plan.closesAt,
  applicationUrl: plan.applicationUrl,
  tags: await tags(plan.tags),
});
