import Callout from '../dsfr/Callout.astro';
import Card from '../dsfr/Card.astro';
import Highlight from '../dsfr/Highlight.astro';
import Quote from '../dsfr/Quote.astro';
import Table from '../dsfr/Table.astro';
import Accordion from './Accordion.astro';
import ContentMedia from './ContentMedia.astro';

/**
 * The DSFR components an MDX page may use without importing them: the very components of the
 * CMS's blocks, so that a page in the repository looks like one written in the CMS. Only the
 * accordion and the video have wrappers, to take plain text where the CMS gives rich-text nodes.
 */
export const mdxComponents = { Quote, ContentMedia, Callout, Highlight, Accordion, Table, Card };
