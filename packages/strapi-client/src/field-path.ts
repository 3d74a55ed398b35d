/** `['body', 2, 'video', 'title']` → `body[2].video.title` */
export const formatFieldPath = (path: ReadonlyArray<string | number>): string =>
  path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text === '' ? part : `${text}.${part}`;
  }, '');
