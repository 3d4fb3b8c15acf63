// The pure parts of "save as picture": the words around an exported graphic (title, source, key
// to the marks) and the sizes it is drawn at, the default 2× image or a 1920×1080 slide.
import type { Lang } from '../store/url';

export const SLIDE = { width: 1920, height: 1080 } as const;
/** Bands of the exported image in CSS pixels (the default image is then drawn at 2×). */
export const BAND = { title: 48, footer: 52, pad: 16 } as const;
/** The same bands on a slide, in slide pixels: large enough to read on a projector. */
export const SLIDE_BAND = { title: 110, footer: 96, pad: 48 } as const;

export interface Caption {
  title: string;
  source: string;
  key: string;
}

const BOOK = '《中国脱贫攻坚·兰考故事》';
/** The title and publisher as the citation (sources.json `titleEn`, `cite.publisher.en`) gives them. */
const BOOK_EN = 'China’s Fight against Poverty: The Lankao Story';

/** Title, source line (book, publisher, year and the part of the picture) and the key to ※ / †. */
export function pictureCaption(title: string, section: string, lang: Lang): Caption {
  return lang === 'en'
    ? {
        title,
        source: `Source: ${BOOK_EN}, Yanjiu Chubanshe, 2020 · ${section}`,
        key: '※ reconstructed reading (differs from the print) · † from a public source, not the book',
      }
    : {
        title,
        source: `资料来源：${BOOK}，研究出版社 2020 · ${section}`,
        key: '※ 重构读法（与印刷原文不同） · † 来自公开来源，非书中原文',
      };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest box of the graphic's shape inside `box`, centred (never scaled above `maxScale`). */
export function fitInto(width: number, height: number, box: Rect, maxScale = Infinity): Rect {
  if (width <= 0 || height <= 0) return { x: box.x, y: box.y, width: 0, height: 0 };
  const scale = Math.min(box.width / width, box.height / height, maxScale);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.width - w) / 2, y: box.y + (box.height - h) / 2, width: w, height: h };
}

export interface PictureLayout {
  /** Canvas size in device pixels. */
  canvas: { width: number; height: number };
  /** Where the graphic goes, in device pixels. */
  graphic: Rect;
  /** Baselines and font sizes of the three caption lines, in device pixels. */
  titleY: number;
  titleSize: number;
  sourceY: number;
  keyY: number;
  smallSize: number;
  padX: number;
}

/** The default picture: the graphic at `scale`, a title band above it and the source/key band below. */
export function defaultLayout(width: number, height: number, scale = 2): PictureLayout {
  const w = Math.round(width);
  const h = Math.round(height);
  const canvasH = (BAND.title + h + BAND.footer) * scale;
  return {
    canvas: { width: w * scale, height: canvasH },
    graphic: { x: 0, y: BAND.title * scale, width: w * scale, height: h * scale },
    titleY: 32 * scale,
    titleSize: 22 * scale,
    sourceY: (BAND.title + h + 22) * scale,
    keyY: (BAND.title + h + 42) * scale,
    smallSize: 13 * scale,
    padX: BAND.pad * scale,
  };
}

/** A 16:9 slide: the graphic fitted between the title and the source/key bands. */
export function slideLayout(width: number, height: number): PictureLayout {
  const box = {
    x: SLIDE_BAND.pad,
    y: SLIDE_BAND.title,
    width: SLIDE.width - 2 * SLIDE_BAND.pad,
    height: SLIDE.height - SLIDE_BAND.title - SLIDE_BAND.footer,
  };
  return {
    canvas: { width: SLIDE.width, height: SLIDE.height },
    graphic: fitInto(width, height, box),
    titleY: 76,
    titleSize: 48,
    sourceY: SLIDE.height - SLIDE_BAND.footer + 40,
    keyY: SLIDE.height - SLIDE_BAND.footer + 76,
    smallSize: 26,
    padX: SLIDE_BAND.pad,
  };
}

export function pictureFileName(name: string, lang: Lang, slide: boolean): string {
  return `lankao-${name}-${lang}${slide ? '-16x9' : ''}.png`;
}
