import { contentTypes, type CollectionTypeName } from '@bluehats/content-types';

export type PastVersion = { entry: unknown; publishedAt: string };

type Answer = { data?: { section?: string; documentId?: string; publishedAt?: string; entry?: unknown } };

/**
 * A past published version, kept by the CMS at each publication (apps/cms/src/history/), read with
 * the preview server's token and checked against the type's schema as the REST client checks the
 * current one. Null when the CMS has no such version of this document.
 */
export const readPastVersion = async (
  { cmsUrl, previewToken }: { cmsUrl: string; previewToken: string },
  { name, section, documentId, version }: { name: CollectionTypeName; section: string; documentId: string; version: number },
): Promise<PastVersion | null> => {
  const answer = await fetch(`${cmsUrl.replace(/\/+$/, '')}/api/versions-publiees/${version}`, { headers: { authorization: `Bearer ${previewToken}` } });
  if (answer.status === 404) return null;
  if (!answer.ok) throw new Error(`Version ${version} : le CMS répond ${answer.status}.`);
  const { data } = (await answer.json()) as Answer;
  if (!data || data.section !== section || data.documentId !== documentId || !data.publishedAt) return null;
  const parsed = contentTypes[name].schema.safeParse(data.entry);
  if (!parsed.success) throw new Error(`Version ${version} de ${name} ${documentId} : ${parsed.error.issues[0]?.message ?? 'contenu inattendu'}.`);
  return { entry: parsed.data, publishedAt: data.publishedAt };
};
