// The household policies as a figure for a paper: the panel's matrix (matrix.ts) — each policy
// against the household statuses, ● where the book groups it so, ○ where that is our reading (with
// its note) — and the categories under each status.
import { tr } from '../../i18n/text';
import { COLOR } from '../../shared/theme';
import { wrapText } from '../../shared/textMetrics';
import {
  campaignPeriod,
  composeFigure,
  figureLang,
  focusStroke,
  focusStyle,
  markedLabel,
  marksOf,
  textLines,
  type Figure,
  type FigureInput,
} from '../../shared/figure';
import { buildPolicyMatrix } from './matrix';

const TEXT = {
  subject: { zh: '十二项到户政策', en: 'Household policies' },
  subtitle: { zh: '各项政策适用于哪类户', en: 'Which households each policy applies to' },
  policy: { zh: '政策', en: 'Policy' },
  book: { zh: '书中如此归类', en: 'as grouped in the book' },
  reading: { zh: '我们的解读（见注）', en: 'our reading (see note)' },
  categories: { zh: '包括', en: 'includes' },
} as const;

const FONT = 13;
const LH = 18;

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const m = buildPolicyMatrix(graph);
  const style = focusStyle(graph, view.focusId);
  const labelW = lang === 'en' ? 380 : 300;
  const colW = lang === 'en' ? 150 : 120;
  const width = labelW + 12 + m.columns.length * colW;
  const out: string[] = [];
  // Column heads: the status and its categories.
  const heads = m.columns.map((c) => {
    const head = wrapText(markedLabel(c.status, lang), colW - 8, 14);
    const cats = c.categories.length ? wrapText(c.categories.map((k) => markedLabel(k, lang)).join(lang === 'en' ? ', ' : '、'), colW - 8, 11.5) : [];
    return { head, cats };
  });
  const headH = Math.max(...heads.map((h) => h.head.length * 19 + (h.cats.length ? 4 + h.cats.length * 15 : 0)), 20) + 10;
  out.push(textLines([tr(TEXT.policy, lang)], 0, headH - 10, { size: 14, weight: 700 }));
  heads.forEach((h, i) => {
    const cx = labelW + 12 + i * colW + colW / 2;
    const st = style(m.columns[i]!.status.id);
    out.push(textLines(h.head, cx, 16, { size: 14, weight: 700, anchor: 'middle', fill: st === 'plain' ? COLOR.red : COLOR.ink, lineHeight: 19 }));
    if (h.cats.length)
      out.push(textLines(h.cats, cx, 16 + h.head.length * 19 + 2, { size: 11.5, anchor: 'middle', fill: COLOR.ink2, lineHeight: 15 }));
  });
  out.push(`<line x1="0" x2="${width}" y1="${headH}" y2="${headH}" stroke="${COLOR.ink2}" stroke-width="1.5"/>`);
  let y = headH;
  m.rows.forEach((row, ri) => {
    const lines = wrapText(`${ri + 1}. ${markedLabel(row.policy, lang)}`, labelW, FONT);
    const h = Math.max(30, lines.length * LH + 12);
    const st = style(row.policy.id);
    if (st !== 'plain') {
      const s = focusStroke(st, 'none');
      out.push(
        `<rect x="0" y="${y + 1}" width="${width}" height="${h - 2}" fill="${st === 'selected' ? COLOR.redSoft : COLOR.related}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
      );
    } else if (ri % 2 === 1) out.push(`<rect x="0" y="${y}" width="${width}" height="${h}" fill="#faf6f0"/>`);
    out.push(textLines(lines, 0, y + 6 + FONT, { size: FONT, lineHeight: LH }));
    row.cells.forEach((c, i) => {
      const cx = labelW + 12 + i * colW + colW / 2;
      const cy = y + h / 2;
      if (c.kind === 'book') out.push(`<circle cx="${cx}" cy="${cy}" r="6.5" fill="${COLOR.red}"/>`);
      else if (c.kind === 'reading') {
        out.push(`<circle cx="${cx}" cy="${cy}" r="6" fill="none" stroke="${COLOR.red}" stroke-width="1.6"/>`);
        if (c.noteKey) out.push(textLines([c.noteKey], cx + 10, cy + 4, { size: 11.5, fill: COLOR.ink2 }));
      }
    });
    out.push(`<line x1="0" x2="${width}" y1="${y + h}" y2="${y + h}" stroke="${COLOR.line}"/>`);
    y += h;
  });
  const notes = m.notes.map((n) => `${n.key}. ${tr(n.text, lang)}`);
  return composeFigure({
    part: 'policies',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: campaignPeriod(graph),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width, height: y, svg: out.join('') },
    legend: [
      { label: tr(TEXT.book, lang), color: COLOR.red, shape: 'dot' },
      ...(m.rows.some((r) => r.cells.some((c) => c.kind === 'reading'))
        ? [{ label: tr(TEXT.reading, lang), color: COLOR.red, shape: 'ring' as const }]
        : []),
    ],
    marks: marksOf([...m.rows.map((r) => r.policy), ...m.columns.flatMap((c) => [c.status, ...c.categories])]),
    notes,
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
