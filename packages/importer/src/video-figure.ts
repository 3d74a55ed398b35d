import { parse } from 'node-html-parser';
import { decodeHTML } from 'entities';
import { providerOf, type VideoProvider } from '@bluehats/content-policy';

export type VideoFigure =
  | { ok: true; provider: VideoProvider; embedUrl: string; title: string; caption: string | null }
  | { ok: false; reason: string };

/** A DSFR content-media figure holding an iframe, as the old site wrote them. */
export const isVideoFigure = (html: string): boolean => /<figure[^>]*fr-content-media/i.test(html) && /<iframe/i.test(html);

export const readVideoFigure = (html: string): VideoFigure => {
  const root = parse(html);
  const iframe = root.querySelector('iframe');
  const src = iframe?.getAttribute('src')?.trim() ?? '';
  const provider = providerOf(src);
  if (!provider) return { ok: false, reason: `vidéo d’un hébergeur non autorisé retirée (${src || 'sans adresse'})` };
  const caption = root.querySelector('figcaption')?.text.trim() || null;
  const title = decodeHTML(iframe?.getAttribute('title')?.trim() || caption || '');
  if (!title) return { ok: false, reason: `vidéo sans titre ni légende retirée (${src}) : un lecteur d’écran ne saurait pas ce qu’elle contient` };
  return { ok: true, provider, embedUrl: src, title, caption: caption ? decodeHTML(caption) : null };
};
