import type { Token, Tokens } from 'marked';
import { parse, type HTMLElement } from 'node-html-parser';
import { decodeHTML } from 'entities';

/** A table as the CMS's `blocks.table` holds it; cells are plain text (one line each). */
export type PlannedTable = { caption: string | null; firstRowIsHeader: boolean; firstColumnIsHeader: boolean; rows: string[][] };

const oneLine = (text: string): string => decodeHTML(text).replace(/\s+/g, ' ').trim();

/** The words of inline Markdown, without its marks: a cell of the CMS's table holds plain text. */
const plain = (tokens: Token[] | undefined, fallback: string): string =>
  tokens?.length ? tokens.map((t) => ('tokens' in t && t.tokens?.length ? plain(t.tokens, t.raw) : 'text' in t ? String(t.text) : '')).join('') : fallback;

export const markdownTable = (token: Tokens.Table): PlannedTable => ({
  caption: null,
  firstRowIsHeader: true,
  firstColumnIsHeader: false,
  rows: [token.header, ...token.rows].map((row) => row.map((cell) => oneLine(plain(cell.tokens, cell.text)))),
});

export const isHtmlTable = (html: string): boolean => /^<table[\s>]/i.test(html.trim()) && /<\/table>\s*$/i.test(html.trim());

/** An HTML table of the old site: caption, rows, and which cells were headers (`<th>`). */
export const htmlTable = (html: string): PlannedTable => {
  const table = parse(html).querySelector('table') as HTMLElement;
  const rows = table.querySelectorAll('tr');
  const cellsOf = (row: HTMLElement): HTMLElement[] => row.childNodes.filter((n): n is HTMLElement => n.nodeType === 1 && /^t[hd]$/i.test((n as HTMLElement).rawTagName));
  const first = rows[0] ? cellsOf(rows[0]) : [];
  const firstRowIsHeader = first.length > 0 && first.every((c) => c.rawTagName.toLowerCase() === 'th');
  const body = firstRowIsHeader ? rows.slice(1) : rows;
  return {
    caption: oneLine(table.querySelector('caption')?.text ?? '') || null,
    firstRowIsHeader,
    firstColumnIsHeader: body.length > 0 && body.every((row) => cellsOf(row)[0]?.rawTagName.toLowerCase() === 'th'),
    rows: rows.map((row) => cellsOf(row).map((cell) => oneLine(cell.text))),
  };
};
