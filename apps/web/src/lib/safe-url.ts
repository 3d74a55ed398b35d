/**
 * The only link targets content may produce: web addresses, e-mail, and paths or anchors of this
 * site. Anything else (javascript:, data:, vbscript:, a stray "<script>") gives no link at all.
 * Control characters and spaces are stripped first, as browsers do before reading the scheme.
 */
export const safeHref = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined;
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(compact) ? url.trim() : undefined;
};

export const isExternal = (url: string): boolean => /^https?:/i.test(url);
