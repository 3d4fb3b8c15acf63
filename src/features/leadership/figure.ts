// The leaders' division of work as a figure for a paper: the panel's own layout (layout.ts) drawn
// as plain SVG — the banner 党政齐抓共管, each leader's card with the duties they answer for, the
// hierarchy's lines (dashed where it is our reading of the print).
import { tr } from '../../i18n/text';
import { COLOR } from '../../shared/theme';
import {
  campaignPeriod,
  composeFigure,
  figureLang,
  focusStroke,
  focusStyle,
  marksOf,
  textLines,
  type Figure,
  type FigureInput,
} from '../../shared/figure';
import { layoutLeadership, lineHeight, type TextBox } from './layout';

const TEXT = {
  subject: { zh: '党政领导脱贫攻坚分工', en: 'The county leaders’ division of work in the fight against poverty' },
  subtitle: {
    zh: '党政齐抓共管：各位县领导和部门及其分管工作',
    en: 'Party and government jointly in charge: each leader or department and its duties',
  },
  leader: { zh: '县领导或部门', en: 'leader or department' },
  duty: { zh: '分管工作', en: 'duty' },
  line: { zh: '上下级关系（原图版式）', en: 'hierarchy (as printed)' },
} as const;

const WIDTH = 1000;
const MARGIN = 4;

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const layout = layoutLeadership(graph, lang, WIDTH);
  const style = focusStyle(graph, view.focusId);
  const out: string[] = [];
  const box = (b: TextBox, variant: 'banner' | 'leader' | 'duty') => {
    const lh = lineHeight(b.fontSize);
    const base =
      variant === 'banner'
        ? { fill: COLOR.red, stroke: COLOR.red, text: '#ffffff' }
        : variant === 'duty'
          ? { fill: '#f3ede4', stroke: '#d9cdbf', text: COLOR.ink }
          : { fill: 'none', stroke: 'none', text: COLOR.red };
    const s = focusStroke(style(b.id), base.stroke, 1);
    const st = style(b.id);
    out.push(`<g transform="translate(${b.x},${b.y})">`);
    out.push(
      `<rect width="${b.w}" height="${b.h}" rx="${variant === 'duty' ? 4 : 6}" fill="${base.fill}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
    );
    out.push(
      textLines(b.lines, b.padX, Math.round(b.padY + lh / 2 + b.fontSize * 0.35), {
        size: b.fontSize,
        lineHeight: lh,
        fill: base.text,
        weight: variant === 'duty' && st === 'plain' ? 400 : 700,
      }),
    );
    out.push('</g>');
  };
  const ids: string[] = [];
  if (layout) {
    for (const e of layout.edges)
      out.push(`<path d="${e.d}" fill="none" stroke="#8c7f74" stroke-width="1.5"${e.interpretive ? ' stroke-dasharray="5 4"' : ''}/>`);
    box(layout.banner, 'banner');
    ids.push(layout.banner.id);
    for (const l of layout.leaders) {
      out.push(`<rect x="${l.card.x}" y="${l.card.y}" width="${l.card.w}" height="${l.card.h}" rx="8" fill="#fffdf9" stroke="${COLOR.line}"/>`);
      box(l, 'leader');
      ids.push(l.id);
    }
    for (const d of layout.duties) {
      box(d, 'duty');
      ids.push(d.id);
    }
  }
  const marks = marksOf(ids.map((id) => graph.model.entities.get(id)));
  if (layout?.edges.some((e) => e.interpretive)) marks.add('reading');
  const w = (layout?.width ?? 0) + 2 * MARGIN;
  const h = (layout?.height ?? 0) + 2 * MARGIN;
  return composeFigure({
    part: 'leadership',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: campaignPeriod(graph),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width: w, height: h, svg: `<g transform="translate(${MARGIN},${MARGIN})">${out.join('')}</g>` },
    legend: [
      { label: tr(TEXT.leader, lang), color: COLOR.red, shape: 'ring' },
      { label: tr(TEXT.duty, lang), color: '#d9cdbf' },
      ...(layout?.edges.some((e) => !e.interpretive) ? [{ label: tr(TEXT.line, lang), color: '#8c7f74', shape: 'line' as const }] : []),
    ],
    marks,
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
