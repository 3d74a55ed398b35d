/**
 * A dictionary string with its `{name}` places filled in: the words and their order stay in the
 * dictionary (« page 2 sur 5 », "page 2 of 5"), the numbers come from the page. A place with no
 * value is left as written, so a missing value shows rather than vanishes.
 */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
