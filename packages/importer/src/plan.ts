import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlocksContent } from '@bluehats/content-types';
import { lexer } from 'marked';
import { decodeSource } from './decode';
import { ImportError } from './errors';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { htmlToBlocks } from './html-to-blocks';
import { locateImage, type ImageFile } from './images';
import { markdownParts } from './markdown-blocks';
import { findApplicationUrl, findApplicationWindow, looksLikeProjectCall } from './project-call';
import { splitQuote } from './quote-text';
import { sanitizeLegacyHtml } from './sanitize-legacy';
import { isVideoFigure, readVideoFigure } from './video-figure';
import type { VideoProvider } from './video-hosts';

export type PlannedImage = ImageFile & { alt: string };
export type PlannedQuote = { text: string; authorName: string; authorRole: string | null; portrait: PlannedImage | null };
export type PlannedVideo = { title: string; provider: VideoProvider; embedUrl: string; caption: string | null };

export type BodyItem =
  | { kind: 'rich-text'; content: BlocksContent }
  | { kind: 'quote'; quote: PlannedQuote }
  | { kind: 'video'; video: PlannedVideo }
  | { kind: 'image'; image: PlannedImage }
  | { kind: 'legacy-html'; html: string };

type Common = { file: string; source: string; slug: string; title: string; tags: string[]; notes: string[]; digest: string };

export type ArticlePlan = Common & {
  kind: 'article';
  description: string;
  date: string;
  cover: PlannedImage | null;
  body: BodyItem[];
};

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

export type ImportPlan = ArticlePlan | ProjectCallPlan;

export type PlanOptions = {
  /** Folder paths are shown and stored relative to it. */
  root: string;
  /** The old site's root, to find /img/… references. */
  siteRoot: string | null;
  as: 'auto' | 'article' | 'project-call';
  today: string;
};

const slugify = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

const QUOTE_CONTAINER = /^:::quote[ \t]*(\S*)[ \t]*\r?\n([\s\S]*?)\r?\n:::[ \t]*$/gm;

const plainText = (blocks: BlocksContent): string =>
  blocks
    .flatMap((node) => ('children' in node ? (node.children as Array<{ text?: string; children?: Array<{ text?: string }> }>) : []))
    .map((child) => child.text ?? (child.children ?? []).map((c) => c.text ?? '').join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/**
 * Reads one Markdown file into what the CMS will hold, without writing anything: every error a
 * file can have (encoding, YAML, image that is not one, unsupported block) is found here, so a
 * file either imports whole or not at all.
 */
export const planFile = (absolutePath: string, options: PlanOptions): ImportPlan => {
  const file = path.relative(options.root, absolutePath) || path.basename(absolutePath);
  const bytes = readFileSync(absolutePath);
  const { text, repair } = decodeSource(file, bytes);
  const notes: string[] = repair ? [repair] : [];
  const { frontMatter, body, unknownKeys } = parseFrontMatter(file, text);
  if (unknownKeys.length) notes.push(`clés d’en-tête non importées : ${unknownKeys.join(', ')}`);

  const image = (reference: string, alt: string, field: string): PlannedImage | null => {
    const found = locateImage(file, absolutePath, reference, options.siteRoot, field);
    if (!found) notes.push(`image introuvable, non importée : ${reference} (${field}) ; ajoutez-la depuis l’administration`);
    return found ? { ...found, alt } : null;
  };

  // Quote containers are not Markdown: lift them out first, leaving a marker the lexer keeps as HTML.
  const quotes: PlannedQuote[] = [];
  const marked = body.replace(QUOTE_CONTAINER, (_whole, portrait: string, content: string) => {
    const parts = splitQuote(content);
    if (!parts.authorName) notes.push(`citation sans auteur reconnu (« ${truncate(parts.text, 40)} ») : auteur à préciser`);
    quotes.push({
      text: parts.text,
      authorName: parts.authorName ?? 'Auteur à préciser',
      authorRole: parts.authorRole,
      portrait: portrait ? image(portrait, parts.authorName ? `Portrait de ${parts.authorName}` : 'Portrait', `citation ${quotes.length + 1}`) : null,
    });
    return `\n<!--bluehats-quote-${quotes.length - 1}-->\n`;
  });

  const items: BodyItem[] = [];
  const pushRichText = (content: BlocksContent): void => {
    const last = items.at(-1);
    if (last?.kind === 'rich-text') last.content.push(...content);
    else if (content.length) items.push({ kind: 'rich-text', content: [...content] });
  };
  for (const token of lexer(marked)) {
    if (token.type !== 'html') {
      for (const part of markdownParts(file, [token])) {
        if (part.kind === 'blocks') pushRichText(part.blocks);
        else {
          const found = image(part.src, part.alt, 'corps');
          if (found) items.push({ kind: 'image', image: found });
        }
      }
      continue;
    }
    const html = (token.raw as string).trim();
    const quoteMarker = /^<!--bluehats-quote-(\d+)-->$/.exec(html);
    if (quoteMarker) {
      const quote = quotes[Number(quoteMarker[1])];
      if (quote) items.push({ kind: 'quote', quote });
    } else if (isVideoFigure(html)) {
      const video = readVideoFigure(html);
      if (video.ok) items.push({ kind: 'video', video: { title: video.title, provider: video.provider, embedUrl: video.embedUrl, caption: video.caption } });
      else notes.push(video.reason);
    } else if (/^<br\s*\/?>$/i.test(html) || /^<!--[\s\S]*-->$/.test(html)) {
      // spacing and comments of the old layout: nothing to keep
    } else {
      const sanitized = sanitizeLegacyHtml(html);
      notes.push(...sanitized.removed.map((r) => `HTML : ${r}`));
      if (sanitized.html) items.push({ kind: 'legacy-html', html: sanitized.html });
    }
  }

  const allBlocks = (): { blocks: BlocksContent; images: string[] } => {
    const blocks: BlocksContent = [];
    const images: string[] = [];
    for (const item of items) {
      if (item.kind === 'rich-text') blocks.push(...item.content);
      else if (item.kind === 'legacy-html') {
        const converted = htmlToBlocks(item.html);
        blocks.push(...converted.blocks);
        images.push(...converted.images);
      }
    }
    return { blocks, images };
  };

  const slug = frontMatter.slug ? slugify(frontMatter.slug) : slugify(path.basename(absolutePath, path.extname(absolutePath)));
  const common = { file, source: file.split(path.sep).join('/'), slug, title: frontMatter.title, tags: frontMatter.tags, notes };
  const { blocks, images: htmlImages } = allBlocks();
  const asCall = options.as === 'project-call' || (options.as === 'auto' && looksLikeProjectCall(body, blocks));
  const withDigest = <P extends Omit<ImportPlan, 'digest'>>(plan: P): P & { digest: string } => {
    const digest = createHash('sha256')
      .update(JSON.stringify(plan, (key, value: unknown) => (key === 'notes' || key === 'absolutePath' ? undefined : value)))
      .update(
        [quotes.map((q) => q.portrait), (plan as { cover?: PlannedImage | null }).cover, items.map((i) => (i.kind === 'image' ? i.image : null))]
          .flat(2)
          .filter((img): img is PlannedImage => Boolean(img))
          .map((img) => createHash('sha256').update(readFileSync(img.absolutePath)).digest('hex'))
          .join(','),
      )
      .digest('hex');
    return { ...plan, digest };
  };

  if (asCall) return withDigest(projectCallPlan(file, frontMatter, body, blocks, htmlImages, items, common));
  if (!frontMatter.date) notes.push(`date absente de l’en-tête : ${options.today} retenue`);
  const firstParagraph = plainText(blocks.filter((b) => b.type === 'paragraph').slice(0, 1));
  if (!frontMatter.description) notes.push('résumé absent de l’en-tête : repris du premier paragraphe');
  return withDigest({
    ...common,
    kind: 'article' as const,
    description: truncate(frontMatter.description ?? (firstParagraph || frontMatter.title), 320),
    date: frontMatter.date ?? options.today,
    cover: frontMatter.image ? image(frontMatter.image.path, frontMatter.image.alt ?? '', 'image') : null,
    body: items,
  });
};

const projectCallPlan = (
  file: string,
  frontMatter: FrontMatter,
  body: string,
  blocks: BlocksContent,
  htmlImages: string[],
  items: BodyItem[],
  common: Omit<Common, 'digest'>,
): Omit<ProjectCallPlan, 'digest'> => {
  const window = findApplicationWindow(body);
  if (!window) {
    throw new ImportError(file, 'appel à projets sans période de candidature reconnue (« entre le 15 mars et le 15 mai 2022 »).', 'dates');
  }
  const dropped = items.filter((i) => i.kind !== 'rich-text' && i.kind !== 'legacy-html').length + htmlImages.length;
  if (dropped) common.notes.push(`${dropped} image(s), vidéo(s) ou citation(s) non reprises : le corps d’un appel à projets est du texte enrichi`);
  const summary = frontMatter.description ?? plainText(blocks.filter((b) => b.type === 'paragraph').slice(0, 1));
  const year = window.closesAt.slice(0, 4);
  return {
    ...common,
    kind: 'project-call',
    programme: /semester of code|bsoc/i.test(`${frontMatter.title} ${body}`) ? 'BlueHats Semester of Code' : frontMatter.title,
    edition: year,
    summary: truncate(summary || frontMatter.title, 500),
    body: blocks,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    applicationUrl: findApplicationUrl(blocks),
  };
};
