import sharp from 'sharp';

export const SVG_MIME = 'image/svg+xml';

/** An SVG of the old site, by its name and its first bytes (markup, not a binary image). */
export const looksLikeSvg = (fileName: string, head: Buffer): boolean => /\.svg$/i.test(fileName) && head.toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('<');

/**
 * An SVG can carry scripts and event handlers, run whenever it is opened from the media library's
 * address: the CMS only ever receives its picture, drawn as a PNG by sharp (librsvg, which runs no
 * script and fetches nothing). Twice its natural size, for sharp screens.
 */
export const svgAsPng = async (svg: Buffer): Promise<Buffer> => sharp(svg, { density: 144 }).png().toBuffer();

export const pngName = (fileName: string): string => fileName.replace(/\.svg$/i, '.png');
