// Runs on /recherche/ and /en/search/: reads ?q=, queries the Pagefind index written next to the pages at build
// time and lists the results. Built with DOM nodes, never innerHTML, so page text stays text.

import { frenchText } from '../lib/french-text';
import { fill } from '../lib/i18n/fill';
import type { SearchMessages } from '../lib/i18n/search-messages';

// The page gives its messages in its language (components/SearchPage.astro): the dictionaries stay out of this script.
const t = JSON.parse(document.getElementById('search-status')?.dataset.messages ?? '{}') as SearchMessages;
// French typography on French pages only, as the page's own text.
const typeset = (text: string): string => (document.documentElement.lang === 'fr' ? frenchText(text) : text);

type ResultData = { url: string; excerpt: string; meta: { title?: string; statut?: string } };
type PagefindModule = {
  options: (options: { excerptLength?: number }) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<ResultData> }[] }>;
};

// A textarea's content is plain text (RCDATA): entities are decoded, no markup is ever parsed.
const decoder = document.createElement('textarea');
const decodeEntities = (escaped: string): string => {
  decoder.innerHTML = escaped;
  return decoder.value;
};

// Pagefind's excerpt is escaped page text in which the matched words are wrapped in <mark>.
const excerptNodes = (excerpt: string): Node[] =>
  excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = decodeEntities(marked ? marked[1]! : part);
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });

const resultItem = ({ url, excerpt, meta }: ResultData): HTMLLIElement => {
  const item = document.createElement('li');
  item.className = 'fr-mb-4w';
  const heading = document.createElement('h2');
  heading.className = 'fr-h5 fr-mb-1w';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  heading.append(link);
  // An archived page (lib/lifecycle.ts): still found, and said to be archived.
  if (meta.statut) heading.append(` (${meta.statut.toLowerCase()})`);
  const summary = document.createElement('p');
  summary.className = 'fr-mb-0';
  summary.append(...excerptNodes(excerpt));
  item.append(heading, summary);
  return item;
};


// The fast rebuild puts the pages online before it writes their search index again (a few seconds): a page
// unpublished meanwhile is still in the index. Its result is left out, the site answering 404 for it.
const stillOnline = async ({ url }: ResultData): Promise<boolean> => {
  try {
    return (await fetch(url, { method: 'HEAD' })).status !== 404;
  } catch {
    return true;
  }
};

const run = async (): Promise<void> => {
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const input = document.getElementById('search-page-input');
  if (!status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input instanceof HTMLInputElement) input.value = query;
  if (!query) {
    status.textContent = t.searchPrompt;
    return;
  }
  // « Recherche | site » becomes « Recherche : mots | site », not « Recherche : mots | Recherche | site ».
  const [, ...site] = document.title.split(' | ');
  document.title = [typeset(`${t.searchTitle}${t.colon}${query}`), ...site].join(' | ');
  status.textContent = t.searching;
  try {
    const indexUrl = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ indexUrl)) as PagefindModule;
    await pagefind.options({ excerptLength: 30 });
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 50).map((result) => result.data()));
    const shown = (await Promise.all(data.map(async (item) => ((await stillOnline(item)) ? [item] : [])))).flat();
    list.replaceChildren(...shown.map(resultItem));
    const count = results.length - (data.length - shown.length);
    // Written after the page's typography ran (src/middleware.ts): the same rules, here.
    const message = count === 0 ? t.noResult : count === 1 ? t.oneResult : t.results;
    status.textContent = typeset(fill(message, { count, query }));
  } catch {
    status.textContent = t.searchUnavailable;
  }
};

void run();
