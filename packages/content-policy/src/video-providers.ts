/**
 * Hosts whose players may be embedded on the site, for the CMS (refused at save time), the site
 * (the iframe it builds, its Content-Security-Policy) and the importer (videos of old pages). The
 * site builds the iframe itself: a pasted address from an unknown host would load third-party
 * code on a State site. The provider names are also the enumeration of the video schema
 * (apps/cms/src/api/video/content-types/video/schema.json), which a test keeps in step.
 */
export const videoProviders = {
  peertube: { label: 'PeerTube', hosts: ['tube.numerique.gouv.fr', 'video.mshparisnord.fr', 'peertube.education.fr'], embedPath: /^\/videos\/embed\/[\w-]+$/ },
  youtube: { label: 'YouTube (sans cookie)', hosts: ['www.youtube-nocookie.com'], embedPath: /^\/embed\/[\w-]+$/ },
  dailymotion: { label: 'Dailymotion', hosts: ['www.dailymotion.com', 'geo.dailymotion.com'], embedPath: /^\/(embed\/video\/[\w-]+|player\.html)$/ },
  vimeo: { label: 'Vimeo', hosts: ['player.vimeo.com'], embedPath: /^\/video\/\d+$/ },
} as const;

export type VideoProvider = keyof typeof videoProviders;

const providers = Object.keys(videoProviders) as VideoProvider[];
const hostsOf = (provider: VideoProvider): readonly string[] => videoProviders[provider].hosts;

/** Every host a player may come from: the site's frame-src. */
export const videoHosts: readonly string[] = providers.flatMap(hostsOf);

export const isVideoProvider = (value: unknown): value is VideoProvider =>
  typeof value === 'string' && Object.hasOwn(videoProviders, value);

const parse = (address: string): URL | null => {
  try {
    return new URL(address);
  } catch {
    return null;
  }
};

/**
 * The provider whose host serves this address, or null. Only the host: the importer leaves the
 * rest of the rule to the CMS, whose refusal names what is wrong with the address.
 */
export const providerOf = (address: string): VideoProvider | null => {
  const url = parse(address.trim());
  return url ? (providers.find((p) => hostsOf(p).includes(url.hostname)) ?? null) : null;
};

/** Why the address cannot be embedded for this provider (in French, for the editor), or null when it can. */
export const embedUrlProblem = (provider: VideoProvider, embedUrl: string): string | null => {
  const rule = videoProviders[provider];
  const url = parse(embedUrl);
  if (!url) return `« ${embedUrl} » n'est pas une adresse web complète (elle doit commencer par https://).`;
  if (url.protocol !== 'https:') return "L'adresse du lecteur doit commencer par https://.";
  if (!hostsOf(provider).includes(url.hostname)) {
    return `${url.hostname} n'est pas un hébergeur autorisé pour ${rule.label}. Hébergeurs acceptés : ${rule.hosts.join(', ')}.`;
  }
  if (!rule.embedPath.test(url.pathname)) {
    return `Collez l'adresse du lecteur intégrable (bouton « Intégrer » ou « Partager » de ${rule.label}), pas celle de la page de la vidéo.`;
  }
  return null;
};

/** The iframe address the site builds, or null when the stored one breaks the rule; a reader starts the video. */
export const embedSrc = (video: { provider: VideoProvider; embedUrl: string }): string | null => {
  if (embedUrlProblem(video.provider, video.embedUrl) !== null) return null;
  const url = new URL(video.embedUrl);
  url.searchParams.delete('autoplay');
  return url.toString();
};

/** A YouTube video id, watch or short address, as the cookie-free player the rule accepts. */
export const youtubeEmbed = (idOrUrl: string): string => {
  const id = /(?:v=|youtu\.be\/|embed\/)([\w-]{6,})/.exec(idOrUrl)?.[1] ?? idOrUrl.trim();
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}`;
};
