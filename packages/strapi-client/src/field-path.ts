/** `['body', 2, 'video', 'title']` → `body[2].video.title` (zod 4 paths are PropertyKeys: a symbol prints as its description). */
export const formatFieldPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    return text === '' ? name : `${text}.${name}`;
  }, '');
