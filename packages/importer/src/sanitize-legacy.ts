import { sanitizeLegacyHtml as sanitize, type SanitizedHtml } from '@bluehats/content-policy';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A link inside a button is invalid HTML and unreachable by keyboard; old pages wrote DSFR
 * buttons that way. Before the shared allow-list (which drops buttons), the link takes the
 * button's look and its place: an import step, not a rule of what may be kept.
 */
const buttonLinksAsLinks = (source: string, removed: string[]): string => {
  const root = parse(source, { comment: false });
  for (const button of root.querySelectorAll('button')) {
    const link: HTMLElement | null = button.querySelector('a');
    if (!link) continue;
    link.setAttribute('class', `${button.getAttribute('class') ?? ''} ${link.getAttribute('class') ?? ''}`.trim());
    button.replaceWith(link);
    removed.push('<button> contenant un lien remplacé par le lien');
  }
  return root.toString();
};

/** Old-page HTML as the CMS stores it, with what was removed, for the import report. */
export const sanitizeLegacyHtml = (source: string): SanitizedHtml => {
  const removed: string[] = [];
  const result = sanitize(buttonLinksAsLinks(source, removed));
  return { html: result.html, removed: [...removed, ...result.removed] };
};
