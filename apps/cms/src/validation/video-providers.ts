/**
 * Hosts whose players may be embedded on the site. An editor picks the provider and pastes the
 * player address; anything else is refused at save time, because the site builds the iframe
 * itself and a pasted address from an unknown host would load third-party code on a State site.
 */
export const videoProviders = {
  peertube: { label: 'PeerTube', hosts: ['tube.numerique.gouv.fr', 'video.mshparisnord.fr', 'peertube.education.fr'], embedPath: /^\/videos\/embed\/[\w-]+$/ },
  youtube: { label: 'YouTube (sans cookie)', hosts: ['www.youtube-nocookie.com'], embedPath: /^\/embed\/[\w-]+$/ },
  dailymotion: { label: 'Dailymotion', hosts: ['www.dailymotion.com', 'geo.dailymotion.com'], embedPath: /^\/(embed\/video\/[\w-]+|player\.html)$/ },
  vimeo: { label: 'Vimeo', hosts: ['player.vimeo.com'], embedPath: /^\/video\/\d+$/ },
} as const;

export type VideoProvider = keyof typeof videoProviders;

export const isVideoProvider = (value: unknown): value is VideoProvider =>
  typeof value === 'string' && Object.hasOwn(videoProviders, value);

/** Returns why the address cannot be embedded for this provider, or null when it can. */
export const embedUrlProblem = (provider: VideoProvider, embedUrl: string): string | null => {
  const rule = videoProviders[provider];
  let url: URL;
  try {
    url = new URL(embedUrl);
  } catch {
    return `« ${embedUrl} » n'est pas une adresse web complète (elle doit commencer par https://).`;
  }
  if (url.protocol !== 'https:') return "L'adresse du lecteur doit commencer par https://.";
  if (!(rule.hosts as readonly string[]).includes(url.hostname)) {
    return `${url.hostname} n'est pas un hébergeur autorisé pour ${rule.label}. Hébergeurs acceptés : ${rule.hosts.join(', ')}.`;
  }
  if (!rule.embedPath.test(url.pathname)) {
    return `Collez l'adresse du lecteur intégrable (bouton « Intégrer » ou « Partager » de ${rule.label}), pas celle de la page de la vidéo.`;
  }
  return null;
};
