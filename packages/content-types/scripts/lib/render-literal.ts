import { compareNames } from './naming';
import { propertyKey, quote } from './source';

type Literal = boolean | string | number | null | undefined | { readonly [key: string]: Literal };

/** TypeScript source for a plain object literal, keys sorted, one property per line. */
export const renderLiteral = (value: Literal, indent = ''): string => {
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const keys = Object.keys(value)
    .filter((name) => value[name] !== undefined)
    .sort(compareNames);
  if (keys.length === 0) return '{}';
  const inner = `${indent}  `;
  const lines = keys.map((name) => {
    return `${inner}${propertyKey(name)}: ${renderLiteral(value[name], inner)},`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
};
