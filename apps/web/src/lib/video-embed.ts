import type { Video } from '@bluehats/content-types';

// Mirrors apps/cms/src/validation/video-providers.ts, which refuses any other host at save time.
export const videoHosts: Record<Video['provider'], readonly string[]> = {
  peertube: ['tube.numerique.gouv.fr', 'video.mshparisnord.fr', 'peertube.education.fr'],
  youtube: ['www.youtube-nocookie.com'],
  dailymotion: ['www.dailymotion.com', 'geo.dailymotion.com'],
  vimeo: ['player.vimeo.com'],
};

/** The iframe address we build, or null when the stored address is not from an allowed host. */
export const embedSrc = (video: Pick<Video, 'provider' | 'embedUrl'>): string | null => {
  try {
    const url = new URL(video.embedUrl);
    if (url.protocol !== 'https:' || !videoHosts[video.provider].includes(url.hostname)) return null;
    url.searchParams.delete('autoplay');
    return url.toString();
  } catch {
    return null;
  }
};
