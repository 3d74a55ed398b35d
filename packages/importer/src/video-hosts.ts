/**
 * Players the CMS accepts (apps/cms/src/validation/video-providers.ts, checked by a test to stay
 * in step): a figure whose iframe comes from elsewhere is dropped and reported.
 */
export const videoHosts = {
  peertube: ['tube.numerique.gouv.fr', 'video.mshparisnord.fr', 'peertube.education.fr'],
  youtube: ['www.youtube-nocookie.com'],
  dailymotion: ['www.dailymotion.com', 'geo.dailymotion.com'],
  vimeo: ['player.vimeo.com'],
} as const;

export type VideoProvider = keyof typeof videoHosts;

export const providerOf = (src: string): VideoProvider | null => {
  let host: string;
  try {
    host = new URL(src).hostname;
  } catch {
    return null;
  }
  const found = (Object.keys(videoHosts) as VideoProvider[]).find((p) => (videoHosts[p] as readonly string[]).includes(host));
  return found ?? null;
};

/** A YouTube video id (or watch/short address) as the cookie-free player the CMS accepts. */
export const youtubeEmbed = (idOrUrl: string): string => {
  const id = /(?:v=|youtu\.be\/|embed\/)([\w-]{6,})/.exec(idOrUrl)?.[1] ?? idOrUrl.trim();
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`;
};
