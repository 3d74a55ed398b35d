/**
 * A synthetic corpus at a chosen scale, deterministic so two runs build the same site. The words
 * are ours; what matters is the shape: every article has rich text, two quotes, a video, three tags.
 */
/** `translated`: the share of articles that also have an English version (0: French only). */
export type CorpusScale = { articles: number; quotes: number; videos: number; projectCalls: number; tags: number; translated: number };

export const defaultScale: CorpusScale = { articles: 2000, quotes: 300, videos: 300, projectCalls: 100, tags: 30, translated: 0 };

const WORDS = (
  'logiciel libre administration contribution communauté code source licence forge accessibilité sécurité ' +
  'mutualisation agent public projet mainteneur documentation interopérabilité données ouverture atelier ' +
  'webinaire promotion étudiant mentor ticket relecture version publication service usager commun numérique'
).split(' ');

// A small linear congruential generator: the same seed gives the same corpus everywhere.
const random = (seed: number): (() => number) => {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
};

const sentence = (next: () => number, words: number): string => {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'libre');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

const paragraph = (next: () => number) => ({
  type: 'paragraph',
  children: [{ type: 'text', text: Array.from({ length: 4 }, () => sentence(next, 14)).join(' ') }],
});

export const tagData = (i: number) => ({ name: `Sujet ${i + 1}`, slug: `sujet-${i + 1}`, description: `Les contenus du sujet ${i + 1}.` });

export const quoteData = (i: number) => {
  const next = random(1000 + i);
  return { text: sentence(next, 24), authorName: `Personne ${i + 1}`, authorRole: `Fonction ${(i % 17) + 1}` };
};

export const videoData = (i: number) => {
  const next = random(2000 + i);
  return {
    title: `Vidéo ${i + 1} : ${sentence(next, 6)}`,
    provider: 'peertube',
    embedUrl: `https://tube.numerique.gouv.fr/videos/embed/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    caption: sentence(next, 10),
    durationSeconds: 300 + i,
    transcript: [paragraph(next), paragraph(next)],
  };
};

export type ArticleRefs = { quotes: [string, string]; video: string; tags: [string, string, string] };

export const articleData = (i: number, refs: ArticleRefs) => {
  const next = random(3000 + i);
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    title: `Article ${i + 1} : ${sentence(next, 5).slice(0, -1)}`,
    slug: `article-${i + 1}`,
    description: sentence(next, 20),
    date: day,
    tags: refs.tags,
    body: [
      { __component: 'blocks.rich-text', content: [paragraph(next), { type: 'heading', level: 2, children: [{ type: 'text', text: sentence(next, 4) }] }, paragraph(next)] },
      { __component: 'blocks.quote', quote: refs.quotes[0] },
      { __component: 'blocks.rich-text', content: [paragraph(next)] },
      { __component: 'blocks.video', video: refs.video, size: 'md' },
      { __component: 'blocks.quote', quote: refs.quotes[1] },
      { __component: 'blocks.rich-text', content: [paragraph(next), paragraph(next)] },
    ],
  };
};

export const projectCallData = (i: number) => {
  const next = random(4000 + i);
  const opens = new Date(Date.UTC(2018, 0, 1) + i * 30 * 86_400_000);
  return {
    title: `Appel ${i + 1} : ${sentence(next, 4).slice(0, -1)}`,
    slug: `appel-${i + 1}`,
    programme: 'Programme de démonstration',
    edition: String(opens.getUTCFullYear()),
    summary: sentence(next, 25),
    body: [paragraph(next), paragraph(next)],
    opensAt: opens.toISOString(),
    closesAt: new Date(opens.getTime() + 45 * 86_400_000).toISOString(),
    applicationUrl: 'https://demarche.numerique.gouv.fr/commencer/exemple',
    proposedProjects: [1, 2, 3].map((p) => ({ name: `Projet ${i + 1}.${p}`, description: sentence(next, 15), url: `https://code.gouv.fr/projet-${i + 1}-${p}` })),
  };
};

/**
 * The English version of an entry made by one of the functions above, for `--translated`: the same
 * shape and size (what a page costs to build), its title or name and slug marked as English.
 */
export const inEnglish = (data: Record<string, unknown>): Record<string, unknown> => {
  const english: Record<string, unknown> = { ...data };
  for (const field of ['title', 'name', 'text'] as const) if (typeof data[field] === 'string') english[field] = `[EN] ${data[field]}`;
  if (typeof data.slug === 'string') english.slug = `en-${data.slug}`;
  return english;
};

/** How many of `count` entries `--translated` gives an English version: the first ones. */
export const translatedCount = (count: number, share: number): number => Math.round(count * Math.min(1, Math.max(0, share)));
