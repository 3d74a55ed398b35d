/** A single-quoted TypeScript string literal. */
export const quote = (value: string): string =>
  `'${value.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;

/** An object key, quoted only when it is not a plain identifier. */
export const propertyKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));
