// A story as a handout and as slides (issue 21 item 6). Loaded when a trainer asks for either.
//  - PDF handout: a print layout of one 16:9 page per step (title, the step's figure, its notes,
//    its source), in a window of its own that the browser prints or saves as PDF. The page's CSP
//    allows no <style> element, so the layout is a constructed stylesheet (CSSOM, which the CSP
//    does not govern) adopted by that window; the figures are data: SVG images (img-src data:).
//  - PowerPoint: pptxgenjs (loaded only here), one slide per step with the step's figure as a PNG,
//    its title and source, and the notes in the speaker notes.
// Each step's picture is its part's figure for a paper (shared/figure.ts) with the step's entity
// emphasised, in the step's view (funding side by side, the map opened to a level).
import type { EntityGraph } from '../../core/graph';
import { tr } from '../../i18n/text';
import { loadFigure } from '../../shared/figureSlot';
import { figurePng } from '../../shared/figureExport';
import { downloadBlob } from '../../shared/exportImage';
import type { Figure } from '../../shared/figure';
import { HANDOUT_TEXT as T, stepPage, type StepPage, type StoryStep } from './story';

interface Page extends StepPage {
  figure: Figure;
}

async function pagesOf(graph: EntityGraph, steps: readonly StoryStep[], lang: 'zh' | 'en'): Promise<Page[]> {
  const pages: Page[] = [];
  for (const step of steps) {
    const page = stepPage(graph, step, lang);
    const figure = (await loadFigure(page.part))({ graph, lang, view: page.view });
    pages.push({ ...page, figure });
  }
  return pages;
}

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

// ── PDF handout ────────────────────────────────────────────────────────────────────────────

const HANDOUT_CSS = `
@page { size: 16in 9in; margin: 0; }
html, body { margin: 0; padding: 0; background: #e9e5df; }
body { font-family: var(--handout-font); color: #1f1a17; }
.handout-tools { position: sticky; top: 0; display: flex; gap: 12px; align-items: center; padding: 10px 16px; background: #fff; border-bottom: 1px solid #e4dbd0; font-size: 16px; }
.handout-tools button { font: inherit; padding: 6px 14px; border: 1px solid #9b1c1c; background: #9b1c1c; color: #fff; border-radius: 6px; cursor: pointer; }
.page { box-sizing: border-box; width: 16in; height: 9in; margin: 16px auto; padding: 0.45in 0.6in 0.35in; background: #fff; display: flex; flex-direction: column; overflow: hidden; break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.page-head { display: flex; align-items: baseline; justify-content: space-between; gap: 24px; border-bottom: 3px solid #9b1c1c; padding-bottom: 8px; }
.page-head h1 { margin: 0; font-size: 30pt; line-height: 1.2; }
.page-head .count { font-size: 13pt; color: #574d46; white-space: nowrap; }
.page-body { flex: 1; min-height: 0; display: flex; gap: 0.4in; padding: 0.25in 0; }
.page-figure { flex: 1 1 64%; min-width: 0; min-height: 0; display: flex; align-items: center; justify-content: center; }
.page-figure img { width: 100%; height: 100%; object-fit: contain; }
.page-notes { flex: 0 0 32%; font-size: 15pt; line-height: 1.55; overflow: hidden; }
.page-notes h2 { margin: 0 0 6px; font-size: 13pt; color: #9b1c1c; }
.page-notes p { margin: 0; white-space: pre-wrap; }
.page-source { margin: 0; border-top: 1px solid #e4dbd0; padding-top: 6px; font-size: 11pt; color: #574d46; }
@media print {
  html, body { background: #fff; }
  .handout-tools { display: none; }
  .page { margin: 0; }
}
`;

const FONT_ZH = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const FONT_EN = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

/**
 * Fills `win` (a window the click opened, so no pop-up blocker stops it) with the handout and asks
 * the browser to print it. Resolves once every page's picture has loaded.
 */
export async function openHandout(win: Window, graph: EntityGraph, steps: readonly StoryStep[], lang: 'zh' | 'en', print = true): Promise<void> {
  const pages = await pagesOf(graph, steps, lang);
  const doc = win.document;
  doc.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  doc.title = `${pages[0]?.figure.title.split(/[（,]/)[0] ?? ''} · ${tr(T.handoutTitle, lang)}`;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(HANDOUT_CSS.replace('var(--handout-font)', lang === 'en' ? FONT_EN : FONT_ZH));
  doc.adoptedStyleSheets = [sheet];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  doc.body.replaceChildren();
  const tools = el('div', 'handout-tools');
  const printButton = el('button', undefined, tr(T.print, lang));
  printButton.type = 'button';
  printButton.addEventListener('click', () => win.print());
  tools.append(printButton, el('span', undefined, `${pages.length} × 16:9`));
  doc.body.append(tools);
  const images: HTMLImageElement[] = [];
  pages.forEach((p, i) => {
    const section = el('section', 'page');
    section.dataset.step = String(i);
    const head = el('header', 'page-head');
    head.append(
      el('h1', undefined, p.title),
      el(
        'span',
        'count',
        tr(T.step, lang)
          .replace('{n}', String(i + 1))
          .replace('{total}', String(pages.length)),
      ),
    );
    const body = el('div', 'page-body');
    const fig = el('div', 'page-figure');
    const img = el('img');
    img.alt = p.figure.title;
    img.src = svgUrl(p.figure.svg);
    images.push(img);
    fig.append(img);
    body.append(fig);
    if (p.notes) {
      const notes = el('div', 'page-notes');
      notes.append(el('h2', undefined, tr(T.notes, lang)), el('p', undefined, p.notes));
      body.append(notes);
    }
    section.append(head, body, el('p', 'page-source', p.source));
    doc.body.append(section);
  });
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  if (print) {
    win.focus();
    win.print();
  }
}

// ── PowerPoint ─────────────────────────────────────────────────────────────────────────────

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(blob);
  });
}

// LAYOUT_16x9 is 10 × 5.625 inches.
const SLIDE = { w: 10, h: 5.625, pad: 0.4 } as const;

/** The story as a .pptx file: one slide per step, the notes in the speaker notes. */
export async function buildPptx(graph: EntityGraph, steps: readonly StoryStep[], lang: 'zh' | 'en'): Promise<Blob> {
  const [{ default: PptxGenJS }, pages] = await Promise.all([import('pptxgenjs'), pagesOf(graph, steps, lang)]);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = pages[0]?.figure.title ?? '';
  const fontFace = lang === 'en' ? 'Arial' : 'Microsoft YaHei';
  const box = { x: SLIDE.pad, y: 1.0, w: SLIDE.w - 2 * SLIDE.pad, h: 4.05 };
  for (const p of pages) {
    const slide = pptx.addSlide();
    slide.addText(p.title, {
      x: SLIDE.pad,
      y: 0.25,
      w: box.w,
      h: 0.65,
      fontFace,
      fontSize: 26,
      bold: true,
      color: '1F1A17',
      fit: 'shrink',
      valign: 'middle',
    });
    // The figure, as a PNG sharp enough for a projector (about 1800 px wide), fitted into the slide.
    const scale = Math.min(2, 1800 / p.figure.width);
    const png = await blobToDataUrl(await figurePng(p.figure, scale));
    const k = Math.min(box.w / p.figure.width, box.h / p.figure.height);
    const w = p.figure.width * k;
    const h = p.figure.height * k;
    slide.addImage({ data: png, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: p.figure.title });
    slide.addText(p.source, { x: SLIDE.pad, y: 5.12, w: box.w, h: 0.35, fontFace, fontSize: 10, color: '574D46', fit: 'shrink' });
    // One paragraph (pptxgenjs writes the notes as one run, where a line break is not a paragraph): the notes, else the title, and the source.
    slide.addNotes([p.notes || p.title, p.source].filter(Boolean).join(' — '));
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

export async function downloadPptx(graph: EntityGraph, steps: readonly StoryStep[], lang: 'zh' | 'en', fileStem: string): Promise<void> {
  downloadBlob(await buildPptx(graph, steps, lang), `${fileStem}-slides-${lang}.pptx`);
}
