// The body of each type's page, shared by its public route and the preview, found by its name
// (`project-call` → components/views/ProjectCallView.astro): a new type's view needs no line here.
const views = import.meta.glob<(props: Record<string, unknown>) => unknown>('../components/views/*View.astro', { eager: true, import: 'default' });

const pascal = (name: string): string => name.replace(/(^|-)([a-z0-9])/g, (_, __: string, letter: string) => letter.toUpperCase());

export const viewOf = (singularName: string) => views[`../components/views/${pascal(singularName)}View.astro`];
