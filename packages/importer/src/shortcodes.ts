import { youtubeEmbed } from '@bluehats/content-policy';

/** What a template tag of the old site becomes: an image block, a video block, or nothing. */
export type Shortcode =
  | { kind: 'image'; src: string; caption: string | null }
  | { kind: 'video'; src: string; title: string | null };

export type ShortcodeScan = { text: string; shortcodes: Shortcode[]; removed: string[] };

/** Nunjucks/Liquid arguments: quoted strings are kept, numbers and arrays ([1000]: widths) ignored. */
const stringArgs = (args: string): string[] => [...args.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));

type Converter = (args: string[]) => Shortcode | null;

const image: Converter = ([src, caption]) => (src ? { kind: 'image', src, caption: caption?.trim() || null } : null);
const video: Converter = ([src, title]) => (src ? { kind: 'video', src, title: title?.trim() || null } : null);
const youtube: Converter = ([id, title]) => (id ? { kind: 'video', src: youtubeEmbed(id), title: title?.trim() || null } : null);

/**
 * The shortcodes of Eleventy and Jekyll sites we know how to convert, by tag name (lower case).
 * Any other `{% … %}` or `{{ … }}` is removed and reported with its line.
 */
export const shortcodeConverters: Record<string, Converter> = {
  image,
  imagecontent: image,
  img: image,
  figure: image,
  picture: image,
  video,
  embed: video,
  peertube: video,
  vimeo: video,
  dailymotion: video,
  youtube,
};

const TAG = /\{%-?\s*([\w-]+)([\s\S]*?)-?%\}|\{\{-?[\s\S]*?-?\}\}/g;

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * Takes every template tag out of a Markdown body. Converted ones leave a marker that the
 * Markdown lexer keeps as an HTML block (`<!--bluehats-shortcode-N-->`) so that they take their
 * place among the blocks; the others leave nothing. `firstLine` is the body's first line in the file.
 */
export const extractShortcodes = (body: string, firstLine: number): ShortcodeScan => {
  const shortcodes: Shortcode[] = [];
  const removed: string[] = [];
  const text = body.replace(TAG, (whole: string, name: string | undefined, args: string | undefined, offset: number) => {
    const line = firstLine + lineAt(body, offset) - 1;
    const converted = name ? shortcodeConverters[name.toLowerCase()]?.(stringArgs(args ?? '')) : null;
    if (converted) {
      shortcodes.push(converted);
      return `\n\n<!--bluehats-shortcode-${shortcodes.length - 1}-->\n\n`;
    }
    removed.push(`ligne ${line} : balise de gabarit retirée ${whole.replace(/\s+/g, ' ').slice(0, 80)}`);
    return '';
  });
  return { text, shortcodes, removed };
};

/** A front-matter text (title, description) without template tags: they would be printed as is. */
export const withoutTemplateTags = (text: string): { text: string; removed: boolean } => {
  const cleaned = text.replace(TAG, '').replace(/\s{2,}/g, ' ').trim();
  return { text: cleaned, removed: cleaned !== text.trim() };
};
