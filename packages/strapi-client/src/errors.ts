export type StrapiClientErrorKind = 'unreachable' | 'unauthorized' | 'http' | 'invalid-entry' | 'timeout';

export type StrapiClientErrorDetails = {
  kind: StrapiClientErrorKind;
  /** The request URL (never carries the token, which travels in a header). */
  url: string;
  /** Registry key of the content type being fetched, e.g. `articles`. */
  contentType: string;
  entry?: { documentId: string; slug?: string | undefined } | undefined;
  /** Path of the offending field, e.g. `body[2].video.title`. */
  field?: string | undefined;
  status?: number | undefined;
};

export class StrapiClientError extends Error {
  override readonly name = 'StrapiClientError';
  readonly kind: StrapiClientErrorKind;
  readonly url: string;
  readonly contentType: string;
  readonly entry: StrapiClientErrorDetails['entry'];
  readonly field: string | undefined;
  readonly status: number | undefined;

  constructor(message: string, details: StrapiClientErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = details.kind;
    this.url = details.url;
    this.contentType = details.contentType;
    this.entry = details.entry;
    this.field = details.field;
    this.status = details.status;
  }
}
