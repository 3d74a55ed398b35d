import type { BlocksContent } from '@bluehats/content-types';
import { lexer, type Tokens } from 'marked';
import { markdownParts } from './markdown-blocks';
import { splitQuote } from './quote-text';
import { sanitizeLegacyHtml } from './sanitize-legacy';
import { extractShortcodes } from './shortcodes';
import { htmlTable, isHtmlTable, markdownTable, type PlannedTable } from './tables';
import { isVideoFigure, readVideoFigure } from './video-figure';
import { providerOf, type VideoProvider } from '@bluehats/content-policy';
import type { ImageFile } from './images';

export type PlannedImage = ImageFile & { alt: string; caption?: string | null };
export type PlannedQuote = { text: string; authorName: string | null; authorRole: string | null; portrait: PlannedImage | null };
export type PlannedVideo = { title: string; provider: VideoProvider; embedUrl: string; caption: string | null };

export type BodyItem =
  | { kind: 'rich-text'; content: BlocksContent }
  | { kind: 'quote'; quote: PlannedQuote }
  | { kind: 'video'; video: PlannedVideo }
  | { kind: 'image'; image: PlannedImage }
  | { kind: 'table'; table: PlannedTable & { caption: string } }
  | { kind: 'legacy-html'; html: string };

/** What reading a body needs from its file: where images are, and where to report. */
export type BodyContext = {
  file: string;
  title: string;
  bodyLine: number;
  image: (reference: string, alt: string, field: string) => PlannedImage | null;
  notes: string[];
  todo: string[];
};

const QUOTE_CONTAINER = /^:::quote[ \t]*(\S*)[ \t]*\r?\n([\s\S]*?)\r?\n:::[ \t]*$/gm;

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

const headingText = (token: Tokens.Heading): string => token.text.replace(/[*_`]/g, '').trim();

/**
 * A Markdown body as the blocks of the CMS: shortcodes and quote containers first (they are not
 * Markdown), then each Markdown or HTML block. Nothing here writes: problems are notes or errors.
 */
export const bodyItems = (body: string, ctx: BodyContext): BodyItem[] => {
  const { text: withoutTags, shortcodes, removed } = extractShortcodes(body, ctx.bodyLine);
  ctx.notes.push(...removed);
  const quotes: PlannedQuote[] = [];
  const marked = withoutTags.replace(QUOTE_CONTAINER, (_whole, portrait: string, content: string) => {
    const parts = splitQuote(content);
    if (!parts.authorName) ctx.todo.push(`citation sans auteur reconnu (« ${truncate(parts.text, 40)} ») : auteur à préciser`);
    quotes.push({
      text: parts.text,
      // Unknown: the site shows the quote without attribution; the to-do above stays in « À compléter ».
      authorName: parts.authorName,
      authorRole: parts.authorRole,
      portrait: portrait ? ctx.image(portrait, parts.authorName ? `Portrait de ${parts.authorName}` : 'Portrait', `citation ${quotes.length + 1}`) : null,
    });
    return `\n<!--bluehats-quote-${quotes.length - 1}-->\n`;
  });

  // The line of a construct in the file, for the report: its first non-blank line, looked up in the body as written.
  const bodyLines = body.split('\n');
  const lineOf = (raw: string): number => {
    const first = raw.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
    return ctx.bodyLine + Math.max(0, bodyLines.findIndex((l) => l.includes(first)));
  };
  const keptAsText = (raw: string, message: string): void => void ctx.notes.push(`ligne ${lineOf(raw)} : ${message}`);

  const items: BodyItem[] = [];
  let lastHeading: string | null = null;
  const pushRichText = (content: BlocksContent): void => {
    const last = items.at(-1);
    if (last?.kind === 'rich-text') last.content.push(...content);
    else if (content.length) items.push({ kind: 'rich-text', content: [...content] });
  };
  const pushTable = (table: PlannedTable): void => {
    const caption = table.caption ?? lastHeading ?? ctx.title;
    if (!table.caption) ctx.todo.push(`titre du tableau repris de « ${truncate(caption, 60)} » : à vérifier`);
    items.push({ kind: 'table', table: { ...table, caption: truncate(caption, 300) } });
  };
  for (const token of lexer(marked)) {
    if (token.type === 'heading') lastHeading = headingText(token as Tokens.Heading);
    if (token.type === 'table') {
      pushTable(markdownTable(token as Tokens.Table));
      continue;
    }
    if (token.type !== 'html') {
      for (const part of markdownParts(ctx.file, [token], keptAsText)) {
        if (part.kind === 'blocks') pushRichText(part.blocks);
        else {
          const found = ctx.image(part.src, part.alt, 'corps');
          if (found) items.push({ kind: 'image', image: found });
        }
      }
      continue;
    }
    const html = (token.raw as string).trim();
    const marker = /^<!--bluehats-(quote|shortcode)-(\d+)-->$/.exec(html);
    if (marker?.[1] === 'quote') {
      const quote = quotes[Number(marker[2])];
      if (quote) items.push({ kind: 'quote', quote });
    } else if (marker?.[1] === 'shortcode') {
      const shortcode = shortcodes[Number(marker[2])];
      if (shortcode?.kind === 'image') {
        const alt = shortcode.caption ?? '';
        const found = ctx.image(shortcode.src, alt, 'corps');
        if (found) {
          items.push({ kind: 'image', image: { ...found, caption: shortcode.caption } });
          ctx.todo.push(alt ? `texte alternatif de ${found.fileName} repris de sa légende : à vérifier` : `texte alternatif de ${found.fileName} à écrire`);
        }
      } else if (shortcode?.kind === 'video') {
        const provider = providerOf(shortcode.src);
        if (provider) items.push({ kind: 'video', video: { title: shortcode.title ?? ctx.title, provider, embedUrl: shortcode.src, caption: null } });
        else ctx.notes.push(`vidéo d’un hébergeur non autorisé retirée (${shortcode.src})`);
      }
    } else if (isHtmlTable(html)) {
      pushTable(htmlTable(html));
    } else if (isVideoFigure(html)) {
      const video = readVideoFigure(html);
      if (video.ok) items.push({ kind: 'video', video: { title: video.title, provider: video.provider, embedUrl: video.embedUrl, caption: video.caption } });
      else ctx.notes.push(video.reason);
    } else if (/^<br\s*\/?>$/i.test(html)) {
      // spacing of the old layout: nothing to keep
    } else if (/^<!--[\s\S]*-->$/.test(html)) {
      // never shown on the old site either, but its words are dropped: the report says where
      if (html.replace(/^<!--|-->$/g, '').trim()) ctx.notes.push(`ligne ${lineOf(html)} : commentaire HTML retiré (${truncate(html.replace(/\s+/g, ' '), 60)})`);
    } else {
      const sanitized = sanitizeLegacyHtml(html);
      ctx.notes.push(...sanitized.removed.map((r) => `HTML : ${r}`));
      if (sanitized.html) items.push({ kind: 'legacy-html', html: sanitized.html });
    }
  }
  for (const item of items) if (item.kind === 'video') ctx.todo.push(`transcription de la vidéo « ${truncate(item.video.title, 60)} » à rédiger`);
  return items;
};
