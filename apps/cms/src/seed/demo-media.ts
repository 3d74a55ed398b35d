/**
 * Demo images, drawn here as SVG by us and rendered to PNG at seed time, so the demo shows covers,
 * portraits and an image block without shipping binary files. Each image says what it shows in
 * its alternative text; the portraits stand for fictional people.
 */
import type { Locale } from '@bluehats/content-types';
import { defaultLocale } from '../i18n/locales';
import type { ArticleSlug, QuoteKey } from './demo';

export type DemoImageKey =
  | 'couverture-bilan'
  | 'couverture-communaute'
  | 'chronologie-bsoc'
  | 'portrait-etudiante'
  | 'portrait-mentor'
  | 'portrait-cheffe-de-projet';

/** `alt` is French; `englishAlt` is given to the images an English version shows (a cover is shared by both). */
export type DemoImage = { key: DemoImageKey; fileName: string; alt: string; englishAlt?: string; svg: string };

const svg = (width: number, height: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

const portrait = (background: string, clothes: string): string =>
  svg(400, 400, `<rect width="400" height="400" fill="${background}"/><circle cx="200" cy="160" r="78" fill="#fddfd5"/><path d="M60 400 Q200 220 340 400 Z" fill="${clothes}"/>`);

export const demoImages: DemoImage[] = [
  {
    key: 'couverture-bilan',
    fileName: 'couverture-bilan-bsoc.png',
    alt: 'Illustration : un chapeau blanc à bandeau rouge sur un fond bleu, symbole de la communauté BlueHats.',
    svg: svg(
      1200,
      630,
      '<rect width="1200" height="630" fill="#000091"/><circle cx="960" cy="140" r="220" fill="#6a6af4" opacity="0.55"/>' +
        '<circle cx="180" cy="560" r="160" fill="#e3e3fd" opacity="0.25"/><path d="M420 400 Q600 170 780 400 Z" fill="#ffffff"/>' +
        '<rect x="340" y="395" width="520" height="40" rx="20" fill="#ffffff"/><path d="M470 360 Q600 300 730 360" stroke="#e1000f" stroke-width="14" fill="none"/>',
    ),
  },
  {
    key: 'couverture-communaute',
    fileName: 'couverture-communaute.png',
    alt: 'Illustration : des points de couleur reliés par des traits, comme les membres d’une communauté en réseau.',
    englishAlt: 'Illustration: coloured dots joined by lines, like the members of a networked community.',
    svg: svg(
      1200,
      630,
      '<rect width="1200" height="630" fill="#f5f5fe"/><g stroke="#000091" stroke-width="6">' +
        '<line x1="200" y1="180" x2="520" y2="320"/><line x1="520" y1="320" x2="860" y2="160"/><line x1="520" y1="320" x2="700" y2="500"/>' +
        '<line x1="860" y1="160" x2="1040" y2="420"/><line x1="700" y1="500" x2="1040" y2="420"/><line x1="200" y1="180" x2="300" y2="480"/></g>' +
        '<circle cx="200" cy="180" r="46" fill="#000091"/><circle cx="520" cy="320" r="64" fill="#e1000f"/><circle cx="860" cy="160" r="40" fill="#6a6af4"/>' +
        '<circle cx="700" cy="500" r="50" fill="#000091"/><circle cx="1040" cy="420" r="44" fill="#6a6af4"/><circle cx="300" cy="480" r="36" fill="#e1000f"/>',
    ),
  },
  {
    key: 'chronologie-bsoc',
    fileName: 'chronologie-bsoc.png',
    alt: 'Frise en quatre étapes : candidatures au printemps, rencontres en juin, stage de septembre à février, bilan au printemps suivant.',
    svg: svg(
      1200,
      400,
      '<rect width="1200" height="400" fill="#ffffff"/><line x1="120" y1="200" x2="1080" y2="200" stroke="#000091" stroke-width="10"/>' +
        '<circle cx="180" cy="200" r="40" fill="#6a6af4"/><circle cx="460" cy="200" r="40" fill="#000091"/>' +
        '<rect x="640" y="170" width="300" height="60" rx="30" fill="#000091"/><circle cx="1040" cy="200" r="40" fill="#e1000f"/>',
    ),
  },
  { key: 'portrait-etudiante', fileName: 'portrait-etudiante.png', alt: '', svg: portrait('#e3e3fd', '#000091') },
  { key: 'portrait-mentor', fileName: 'portrait-mentor.png', alt: '', svg: portrait('#fee7fc', '#6a6af4') },
  { key: 'portrait-cheffe-de-projet', fileName: 'portrait-cheffe-de-projet.png', alt: '', svg: portrait('#c3fad5', '#e1000f') },
];

/** Portraits of the quotes of the library: decorative next to the author's name, hence no alt. */
export const demoPortraits: Readonly<Record<QuoteKey, DemoImageKey>> = {
  'etudiante-bsoc': 'portrait-etudiante',
  'mentor-bsoc': 'portrait-mentor',
  'cheffe-de-projet': 'portrait-cheffe-de-projet',
};

export const demoCovers: Readonly<Partial<Record<ArticleSlug, DemoImageKey>>> = {
  'bilan-bluehats-semester-of-code-2025': 'couverture-bilan',
  'rejoindre-la-communaute-bluehats': 'couverture-communaute',
};

/** An image block added to an article body, after the block at `after`. */
export const demoImageBlocks: Readonly<Partial<Record<ArticleSlug, { image: DemoImageKey; after: number; caption: string }>>> = {
  'bilan-bluehats-semester-of-code-2025': {
    image: 'chronologie-bsoc',
    after: 0,
    caption: 'Le calendrier d’une promotion du BlueHats Semester of Code.',
  },
};

export const altOf = (key: DemoImageKey, locale: Locale = 'fr'): string => {
  const image = demoImages.find((candidate) => candidate.key === key);
  if (locale === defaultLocale) return image?.alt ?? '';
  // An English version shows the same image: without its description it would be refused (validation/rules.ts).
  if (!image?.englishAlt) throw new Error(`image « ${key} » sans texte alternatif en anglais (englishAlt, demo-media.ts)`);
  return image.englishAlt;
};

/** A quote's portrait described, in each language. */
export const portraitAlt: Readonly<Record<Locale, (authorName: string | undefined) => string>> = {
  fr: (authorName) => (authorName ? `Portrait dessiné de ${authorName}` : 'Portrait dessiné'),
  en: (authorName) => (authorName ? `Drawn portrait of ${authorName}` : 'Drawn portrait'),
};
