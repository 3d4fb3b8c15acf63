// "Save as picture" for any part of the page, HTML or SVG: the element is cloned with its computed
// styles inlined (the clone then needs no stylesheet), wrapped in an SVG <foreignObject>, drawn
// onto a canvas and framed with the title, the source line and the key to ※ / †. Controls marked
// `data-export="skip"` are left out. No script runs inside the image and nothing is fetched, so
// it works offline, from file:// and under the page's strict CSP (img-src data:).
import { ExportError, xmlSafe } from './exportImage';
import { defaultLayout, slideLayout, type Caption, type PictureLayout } from './pictureLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Paint properties for shapes inside an SVG (their geometry lives in attributes). */
const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
] as const;

/**
 * Each tag's default computed style, read in a blank same-origin frame (no page stylesheet), so
 * that only what the page's CSS changes is written inline: the clone stays small.
 */
class DefaultStyles {
  private frame: HTMLIFrameElement;
  private cache = new Map<string, Map<string, string>>();
  constructor() {
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.tabIndex = -1;
    this.frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;border:0;visibility:hidden';
    document.body.appendChild(this.frame);
  }
  of(tag: string): Map<string, string> {
    let map = this.cache.get(tag);
    if (map) return map;
    map = new Map();
    const doc = this.frame.contentDocument;
    if (doc?.body) {
      const el = doc.createElement(tag);
      doc.body.appendChild(el);
      const cs = getComputedStyle(el);
      for (const p of Array.from(cs)) map.set(p, cs.getPropertyValue(p));
      el.remove();
    }
    this.cache.set(tag, map);
    return map;
  }
  dispose() {
    this.frame.remove();
  }
}

function styleOf(el: Element, defaults: DefaultStyles): string {
  const cs = getComputedStyle(el);
  if (el instanceof SVGElement && !(el instanceof SVGSVGElement && !el.parentElement?.closest('svg'))) {
    return SVG_PAINT.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  }
  const base = defaults.of(el.localName);
  const inTable = cs.display.startsWith('table');
  const parts: string[] = [];
  for (const p of Array.from(cs)) {
    if (inTable && TABLE_SIZED.has(p)) continue;
    const v = cs.getPropertyValue(p);
    if (base.get(p) !== v) parts.push(`${p}:${p === 'font-family' ? withoutSystemUi(v) : v}`);
  }
  return parts.join(';');
}

// A table's computed height includes its caption, but a height set on a table excludes it: written
// inline, the 十二项政策 table grew by its caption and its scroll box cut the last row. Tables and
// their rows size themselves from their content (the widths are kept).
const TABLE_SIZED = new Set(['height', 'block-size']);

// Inside an image Chromium resolves `system-ui` to another (wider) face than on the page, so text
// wrapped differently and a table overflowed its box: the image uses the next named face instead.
function withoutSystemUi(family: string): string {
  return family.replace(/(^|,)\s*(system-ui|-apple-system)\s*(?=,|$)/g, '').replace(/^\s*,\s*/, '') || family;
}

const SKIP = '[data-export="skip"]';

/**
 * A picture shows everything, not the part a scroll box shows: while the clone is made, boxes
 * that scroll (and the root, so it can grow) are let out to their full height. Returns the undo.
 */
function unrollScrollBoxes(root: HTMLElement): () => void {
  const scrolled = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
    if (el.closest(SKIP)) return false;
    const { overflowY } = getComputedStyle(el);
    return (overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1;
  });
  if (!scrolled.length) return () => {};
  const saved = [root, ...scrolled].map((el) => [el, el.getAttribute('style')] as const);
  for (const el of [root, ...scrolled]) {
    el.style.setProperty('height', 'auto', 'important');
    el.style.setProperty('max-height', 'none', 'important');
    el.style.setProperty('overflow', 'visible', 'important');
  }
  return () => {
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}

/** The element as a standalone SVG document text drawing it through <foreignObject>. */
export function htmlToSvgString(root: HTMLElement): { text: string; width: number; height: number } {
  const undo = unrollScrollBoxes(root);
  try {
    return cloneAsSvg(root);
  } finally {
    undo();
  }
}

function cloneAsSvg(root: HTMLElement): { text: string; width: number; height: number } {
  const box = root.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  const clone = root.cloneNode(true) as HTMLElement;
  const src = [root, ...root.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  const defaults = new DefaultStyles();
  try {
    src.forEach((el, i) => {
      const target = dst[i];
      if (!target || el.closest(SKIP)) return;
      target.setAttribute('style', styleOf(el, defaults));
    });
  } finally {
    defaults.dispose();
  }
  for (const el of clone.querySelectorAll(SKIP)) el.remove();
  // The clone is placed at the image's origin whatever its margins or position on the page.
  clone.style.margin = '0';
  clone.style.position = 'static';
  clone.style.width = `${width}px`;
  clone.style.height = `${height}px`;
  clone.style.boxSizing = 'border-box';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const fo = document.createElementNS(SVG_NS, 'foreignObject');
  fo.setAttribute('width', '100%');
  fo.setAttribute('height', '100%');
  fo.appendChild(clone);
  svg.appendChild(fo);
  return { text: xmlSafe(new XMLSerializer().serializeToString(svg)), width, height };
}

// A data: URL, not a blob: URL: Chromium taints a canvas that drew a <foreignObject> image from
// a blob: URL (and then refuses toBlob), but not one drawn from a data: URL.
function loadImage(text: string): Promise<HTMLImageElement> {
  const img = new Image();
  return new Promise((resolve, reject) => {
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ExportError('draw'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/** Writes one caption line, made smaller (down to 70%) and then cut with … if it is too wide. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, size: number, weight: string, family: string) {
  let s = size;
  ctx.font = `${weight} ${s}px ${family}`;
  while (ctx.measureText(text).width > maxWidth && s > size * 0.7) {
    s -= 1;
    ctx.font = `${weight} ${s}px ${family}`;
  }
  let t = text;
  while (t.length > 1 && ctx.measureText(t).width > maxWidth) t = `${t.slice(0, -2)}…`;
  ctx.fillText(t, x, y);
}

function drawPicture(img: HTMLImageElement, layout: PictureLayout, caption: Caption): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.canvas.width;
  canvas.height = layout.canvas.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const g = layout.graphic;
  ctx.drawImage(img, g.x, g.y, g.width, g.height);
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const maxWidth = canvas.width - 2 * layout.padX;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1f2328';
  fitText(ctx, caption.title, layout.padX, layout.titleY, maxWidth, layout.titleSize, '700', family);
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = Math.max(1, layout.smallSize / 13);
  const ruleY = layout.sourceY - layout.smallSize * 1.4;
  ctx.beginPath();
  ctx.moveTo(layout.padX, ruleY);
  ctx.lineTo(canvas.width - layout.padX, ruleY);
  ctx.stroke();
  ctx.fillStyle = '#444c56';
  fitText(ctx, caption.source, layout.padX, layout.sourceY, maxWidth, layout.smallSize, '400', family);
  fitText(ctx, caption.key, layout.padX, layout.keyY, maxWidth, layout.smallSize, '400', family);
  return canvas;
}

/** The element as a framed PNG: at 2× by default, or fitted into a 1920×1080 slide. */
export async function elementToPicture(root: HTMLElement, caption: Caption, slide = false): Promise<Blob> {
  const { text, width, height } = htmlToSvgString(root);
  const img = await loadImage(text);
  const layout = slide ? slideLayout(width, height) : defaultLayout(width, height);
  const canvas = drawPicture(img, layout, caption);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('encode'))), 'image/png'));
}
