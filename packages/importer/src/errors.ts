/** A problem that stops one file from being imported; the message names the file and the field. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly field?: string,
  ) {
    super(`${file}${field ? ` (${field})` : ''} : ${message}`);
    this.name = 'ImportError';
  }
}
