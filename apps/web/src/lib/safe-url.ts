import { linkKind } from '@bluehats/content-policy';

/**
 * The only link targets content may produce on a page: web addresses, e-mail, and paths or
 * anchors of this site, as judged by the one rule of `linkKind`. Anything else (javascript:,
 * data:, `//evil.example`, `/\evil.example`, a stray "<script>") gives no link at all.
 */
export const safeHref = (url: string | null | undefined): string | undefined => {
  const kind = linkKind(url);
  return kind && kind !== 'relative' ? url?.trim() : undefined;
};

export const isExternal = (url: string): boolean => linkKind(url) === 'web';
