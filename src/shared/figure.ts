// A part of the picture as a figure for a paper (issue 23): pure SVG composition, no DOM. Each part
// draws its chart from its data and view state (src/features/<part>/figure.ts); this module frames
// it: a title naming the county, the subject and the period, the chart, its legend, the key to the
// marks it uses (※ †, our reading), the source line. No control, no foreignObject, nothing fetched:
// the same text is the SVG download and, drawn on a canvas by the browser, the PNG (figureExport.ts).
import { entitiesOfKind, relatedTo, type EntityGraph } from '../core/graph';
import type { Confidence, Entity } from '../model/schema';
import type { FundUnit, FundView, Lang } from '../store/url';
import { tr } from '../i18n/text';
import { confidenceMark } from './entityText';
import { panelSource, shortReference } from './cite';
import { COLOR, FONT } from './theme';
import { textWidth, wrapText } from './textMetrics';
import { escapeHtml } from './html';

/** The language a figure is written in ('both' is drawn in Chinese: a figure is for one paper). */
export type FigureLang = 'zh' | 'en';
export const figureLang = (lang: Lang): FigureLang => (lang === 'en' ? 'en' : 'zh');

/** What the panel shows right now: the figure draws the same view. */
export interface FigureView {
  unit: FundUnit;
  fundView: FundView;
  /** The campaign map as it is folded on screen: the shown root and its open branches. */
  map?: { root: string; expanded: readonly string[] } | { level: 1 | 2 | 'all' };
  /** An entity to emphasise (a presentation step's, or the selection). */
  focusId?: string | null;
}

export interface FigureInput {
  graph: EntityGraph;
  lang: Lang;
  view: FigureView;
}

export interface Figure {
  svg: string;
  width: number;
  height: number;
  title: string;
  /** File name without extension: lankao-funding-figure-zh */
  fileName: string;
}

export type PartFigure = (input: FigureInput) => Figure;

export type MarkKind = 'reconstructed' | 'external' | 'reading';

export interface LegendItem {
  label: string;
  color: string;
  shape?: 'square' | 'line' | 'dash' | 'ring' | 'dot';
}

export interface FigureSpec {
  part: string;
  graph: EntityGraph;
  lang: FigureLang;
  /** The subject, e.g. 扶贫资金投入 / Poverty-alleviation funding. */
  subject: string;
  /** "2014–2016" or null when the data gives none. */
  period: string | null;
  /** A second title line, e.g. the view and unit ("各类资金占比" / "Amounts in million yuan"). */
  subtitle?: string;
  body: { width: number; height: number; svg: string };
  legend?: LegendItem[];
  marks?: Iterable<MarkKind>;
  /** Lines under the legend (what a derived figure means, a threshold's source…). */
  notes?: string[];
}

// ── Text ────────────────────────────────────────────────────────────────────────────────────

/** Text for an SVG text node or attribute: escaped, and without the characters XML forbids. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const esc = (s: string): string => escapeHtml(s.replace(NOT_XML, '\ufffd'));

export const FIGURE_FONT = FONT.family;
/** English as the page sets it (styles.css :root:lang(en)): Latin quotes and apostrophes from a Latin face, not the CJK face's full-width ones. */
export const FIGURE_FONT_EN = `-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', ${FONT.family}`;
const r = (v: number) => Math.round(v * 10) / 10;

export interface TextOptions {
  size: number;
  weight?: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
  lang?: FigureLang;
}

/** Lines of text, the first baseline at y. */
export function textLines(lines: readonly string[], x: number, y: number, o: TextOptions): string {
  const lh = o.lineHeight ?? Math.round(o.size * 1.35);
  const attrs = [
    `font-size="${o.size}"`,
    o.weight && o.weight !== 400 ? `font-weight="${o.weight}"` : '',
    `fill="${o.fill ?? COLOR.ink}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.lang ? `xml:lang="${o.lang === 'en' ? 'en' : 'zh-CN'}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const spans = lines.map((l, i) => `<tspan x="${r(x)}" y="${r(y + i * lh)}">${esc(l)}</tspan>`).join('');
  return `<text ${attrs}>${spans}</text>`;
}

/** Wrapped text in a box `width` wide; returns the SVG and the height it takes. */
export function wrapped(text: string, x: number, y: number, width: number, o: TextOptions): { svg: string; height: number; lines: string[] } {
  const lines = wrapText(text, width, o.size);
  const lh = o.lineHeight ?? Math.round(o.size * 1.35);
  return { svg: textLines(lines, x, y + o.size, o), height: lines.length * lh, lines };
}

// ── From the data ───────────────────────────────────────────────────────────────────────────

/** The county the picture is about: the dataset's place, "兰考县" / "Lankao County". */
export function countyName(graph: EntityGraph, lang: FigureLang): string {
  const place = graph.model.entities.get('lankao-county') ?? entitiesOfKind(graph, 'place')[0];
  return place ? tr(place.label, lang) : '';
}

const YEAR = /\d{4}/g;

/** The years a set of periods or dates spans: "2014–2016", "2016", or null when none is given. */
export function yearSpan(periods: readonly (string | undefined)[]): string | null {
  const years = periods.flatMap((p) => (p && p !== 'unstated' ? [...p.matchAll(YEAR)].map((m) => Number(m[0])) : []));
  if (!years.length) return null;
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/**
 * The campaign's period, for parts with no figures of their own: from the first year a figure of
 * the data is given for (the funding's 2014) to the last dated exit event (2017).
 */
export function campaignPeriod(graph: EntityGraph): string | null {
  const measured = graph.model.entityList.flatMap((e) => (e.measures ?? []).map((m) => m.period));
  const from = yearSpan(measured);
  const events = entitiesOfKind(graph, 'event')
    .map((e) => e.date)
    .filter((d): d is string => !!d);
  const measuredYears = from ? from.split('–').map(Number) : [];
  const eventYears = events
    .flatMap((d) => [...d.matchAll(YEAR)].map((m) => Number(m[0])))
    .filter((y) => !measuredYears.length || y >= measuredYears[0]!);
  return yearSpan([from ?? undefined, ...eventYears.map(String)]);
}

/** "兰考县扶贫资金投入（2014–2016年）" / "Poverty-alleviation funding, Lankao County, 2014–2016". */
export function figureTitle(county: string, subject: string, period: string | null, lang: FigureLang): string {
  if (lang === 'en') return [subject, county, period].filter(Boolean).join(', ');
  return `${county}${subject}${period ? `（${period}年）` : ''}`;
}

/** The source line: the book's section the part draws (or the dataset's first source), in the reader's language. */
export function sourceLine(graph: EntityGraph, part: string, lang: FigureLang): string {
  const source = graph.model.sources.get(panelSource(part)) ?? [...graph.model.sources.values()][0];
  const ref = source ? shortReference(source, lang) : '';
  return lang === 'en' ? `Source: ${ref}` : `资料来源：${ref}`;
}

export const MARK_KEY: Record<MarkKind, { zh: string; en: string }> = {
  reconstructed: { zh: '※ 重构读法（与印刷原文不同）', en: '※ reconstructed reading (differs from the print)' },
  external: { zh: '† 来自公开来源，非书中原文', en: '† from a public source, not the book' },
  reading: { zh: '虚线：我们对原图版式的解读', en: 'dashed: our reading of the printed layout' },
};

/** Which marks a set of drawn entities needs explained. */
export function marksOf(entities: Iterable<Pick<Entity, 'confidence'> | undefined>): Set<MarkKind> {
  const out = new Set<MarkKind>();
  for (const e of entities) {
    if (e?.confidence === 'reconstructed') out.add('reconstructed');
    if (e?.confidence === 'external') out.add('external');
  }
  return out;
}

/** A label with its mark: "创新金融扶贫 ※". */
export function markedLabel(e: Pick<Entity, 'label' | 'confidence'>, lang: FigureLang): string {
  const m = confidenceMark(e.confidence as Confidence);
  return m ? `${tr(e.label, lang)} ${m}` : tr(e.label, lang);
}

/** How an entity is drawn for the figure's focus: the focus itself, what it links to, or neither. */
export function focusStyle(graph: EntityGraph, focusId: string | null | undefined): (id: string) => 'selected' | 'related' | 'plain' {
  if (!focusId || !graph.model.entities.has(focusId)) return () => 'plain';
  const related = relatedTo(graph, focusId);
  return (id) => (id === focusId ? 'selected' : related.has(id) ? 'related' : 'plain');
}

/** Stroke of a box by its focus style. */
export function focusStroke(style: 'selected' | 'related' | 'plain', base: string, baseWidth = 1): { stroke: string; width: number } {
  if (style === 'selected') return { stroke: COLOR.ink, width: 3 };
  if (style === 'related') return { stroke: COLOR.gold, width: 2 };
  return { stroke: base, width: baseWidth };
}

// ── The frame ───────────────────────────────────────────────────────────────────────────────

const PAD = 24;
const TITLE = 22;
const SUB = 14;
const SMALL = 12.5;
const MIN_WIDTH = 640;

function legendSwatch(item: LegendItem, x: number, y: number): string {
  const c = esc(item.color);
  switch (item.shape ?? 'square') {
    case 'line':
      return `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${c}" stroke-width="2.5"/>`;
    case 'dash':
      return `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${c}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    case 'ring':
      return `<circle cx="${x + 7}" cy="${y}" r="5.5" fill="none" stroke="${c}" stroke-width="1.6"/>`;
    case 'dot':
      return `<circle cx="${x + 7}" cy="${y}" r="5.5" fill="${c}"/>`;
    default:
      return `<rect x="${x}" y="${y - 6}" width="14" height="12" rx="2" fill="${c}"/>`;
  }
}

/** Legend items flowed into rows that fit `width`. */
function legendRows(items: readonly LegendItem[], width: number): { svg: string; height: number } {
  const lh = 22;
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const swatch = item.shape === 'line' || item.shape === 'dash' ? 18 : 14;
    const labelW = Math.min(textWidth(item.label, SMALL), width - swatch - 8);
    const w = swatch + 6 + labelW + 20;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const y = row * lh + lh / 2;
    parts.push(legendSwatch(item, x, y));
    parts.push(textLines([item.label], x + swatch + 6, y + SMALL * 0.36, { size: SMALL, fill: COLOR.ink2 }));
    x += w;
  }
  return { svg: parts.join(''), height: items.length ? (row + 1) * lh : 0 };
}

/** The framed figure: title, subtitle, chart, legend, notes, key to the marks, source. */
export function composeFigure(spec: FigureSpec): Figure {
  const { lang } = spec;
  const county = countyName(spec.graph, lang);
  const title = figureTitle(county, spec.subject, spec.period, lang);
  const width = Math.ceil(Math.max(MIN_WIDTH, spec.body.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const t = wrapped(title, PAD, y, inner, { size: TITLE, weight: 700, lineHeight: 30 });
  out.push(`<g data-role="title">${t.svg}</g>`);
  y += t.height;
  if (spec.subtitle) {
    const s = wrapped(spec.subtitle, PAD, y + 2, inner, { size: SUB, fill: COLOR.ink2 });
    out.push(`<g data-role="subtitle">${s.svg}</g>`);
    y += s.height + 2;
  }
  y += 14;
  const bx = PAD + Math.max(0, (inner - spec.body.width) / 2);
  out.push(`<g data-role="chart" transform="translate(${r(bx)},${r(y)})">${spec.body.svg}</g>`);
  y += spec.body.height + 14;
  if (spec.legend?.length) {
    const l = legendRows(spec.legend, inner);
    out.push(`<g data-role="legend" transform="translate(${PAD},${r(y)})">${l.svg}</g>`);
    y += l.height + 6;
  }
  const small: string[] = [...(spec.notes ?? [])];
  const marks = new Set(spec.marks ?? []);
  for (const k of ['reconstructed', 'external', 'reading'] as const) if (marks.has(k)) small.push(tr(MARK_KEY[k], lang));
  for (const line of small) {
    const n = wrapped(line, PAD, y, inner, { size: SMALL, fill: COLOR.ink2, lineHeight: 18 });
    out.push(`<g data-role="note">${n.svg}</g>`);
    y += n.height + 2;
  }
  y += 8;
  out.push(`<line x1="${PAD}" y1="${r(y)}" x2="${width - PAD}" y2="${r(y)}" stroke="${COLOR.line}" stroke-width="1"/>`);
  y += 4;
  const src = wrapped(sourceLine(spec.graph, spec.part, lang), PAD, y, inner, { size: SMALL, fill: COLOR.ink2, lineHeight: 18 });
  out.push(`<g data-role="source">${src.svg}</g>`);
  y += src.height + PAD - 6;
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${esc(lang === 'en' ? FIGURE_FONT_EN : FIGURE_FONT)}" xml:lang="${lang === 'en' ? 'en' : 'zh-CN'}" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width, height, title, fileName: `${fileStem(spec.graph)}-${spec.part}-figure-${lang}` };
}

/** lankao, or the dataset's county in ASCII where it has one (the English label), for file names. */
function fileStem(graph: EntityGraph): string {
  const place = graph.model.entities.get('lankao-county') ?? entitiesOfKind(graph, 'place')[0];
  const slug = (place?.label.en ?? '')
    .toLowerCase()
    .replace(/\bcounty\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'county';
}
