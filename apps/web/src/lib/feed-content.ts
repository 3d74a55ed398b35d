import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import type { Article } from '@bluehats/content-types';
import FeedArticle from '../components/feed/FeedArticle.astro';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales';

// A feed reader shows the HTML away from the site: the site's own addresses must name it.
const absolute = (html: string, site: URL): string => {
  const root = parse(html);
  const resolve = (value: string): string => (value.startsWith('/') && !value.startsWith('//') ? new URL(value, site).href : value);
  for (const element of root.querySelectorAll('[src], [href], [srcset]')) {
    for (const name of ['src', 'href']) {
      const value = element.getAttribute(name);
      if (value !== undefined) element.setAttribute(name, resolve(value));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== undefined) element.setAttribute('srcset', srcset.split(',').map((candidate) => candidate.trim().replace(/^\S+/, resolve)).join(', '));
  }
  return root.toString();
};

/** The full text of each article, rendered by the same block components as its page. */
export const feedContents = async (articles: readonly Article[], site: URL, locale: Locale = DEFAULT_LOCALE): Promise<string[]> => {
  const container = await AstroContainer.create();
  // In the feed's language, as the page would say it (lib/i18n/page-locale.ts reads the locals).
  const locals: App.Locals = { locale };
  return Promise.all(articles.map(async (article) => absolute(await container.renderToString(FeedArticle, { props: { article }, locals }), site)));
};
