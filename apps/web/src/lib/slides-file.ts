import type { Event as CmsEvent } from '@bluehats/content-types';
import { downloadableType } from './downloadable-files';

/** Where an event's slides are copied in the site (/fichiers/<name>), where they come from and their type. */
export const slidesFile = (event: Pick<CmsEvent, 'title' | 'slides'>): { name: string; href: string; source: string; type: string } | null => {
  if (!event.slides) return null;
  // The media library names files uniquely (name_hash.ext); only safe characters reach the URL.
  const name = (event.slides.url.split('/').pop() ?? '').replace(/[^\w.-]/g, '-');
  if (!name) return null;
  // A file the CMS would refuse today (stored before its allow-list) is not published: the build says which.
  const type = downloadableType(name);
  if (!type) throw new Error(`Support de présentation refusé pour l’événement « ${event.title} » : ${name} n’est pas d’un type que la médiathèque accepte.`);
  return { name, href: `/fichiers/${name}`, source: event.slides.url, type };
};
