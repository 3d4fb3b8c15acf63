// The six precisions as a figure for a paper: the panel's lanes (layout.ts) — one card per
// precision, in the book's order, holding what realises it grouped by kind — and the key questions
// as numbered tags on the items that answer them.
import { tr } from '../../i18n/text';
import { KIND_LABEL } from '../../shared/kindLabel';
import { COLOR, CHART } from '../../shared/theme';
import { textWidth, wrapText } from '../../shared/textMetrics';
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
import { buildPrecisionView } from './layout';

const TEXT = {
  subject: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  subtitle: {
    zh: '每个“精准”由哪些工作落实；编号为它回答的关键问题',
    en: 'What puts each area into practice; the numbers are the key questions each item answers',
  },
  reading: { zh: '虚框：我们对原图的解读', en: 'dashed box: our reading of the print' },
} as const;

const WIDTH = 1020;
const COLS = 3;
const GAP = 14;
const FONT = 13;
const LH = 18;

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`);

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const v = buildPrecisionView(graph);
  const style = focusStyle(graph, view.focusId);
  const ent = (id: string) => graph.model.entities.get(id);
  const label = (id: string) => {
    const e = ent(id);
    return e ? markedLabel(e, lang) : id;
  };
  const out: string[] = [];
  const drawn = new Set<string>();
  let y = 0;
  const qColor = (i: number) => CHART.palette[(i - 1) % CHART.palette.length]!;
  // The key questions as a strip of numbered tags.
  let qx = 0;
  for (const q of v.questions) {
    const text = `${circled(q.index)} ${label(q.id)}`;
    const w = textWidth(text, 14) + 20;
    if (qx + w > WIDTH) {
      qx = 0;
      y += 32;
    }
    out.push(`<rect x="${qx}" y="${y}" width="${w}" height="26" rx="13" fill="#ffffff" stroke="${qColor(q.index)}" stroke-width="1.5"/>`);
    out.push(textLines([text], qx + 10, y + 18, { size: 14, fill: qColor(q.index), weight: 700 }));
    drawn.add(q.id);
    qx += w + 10;
  }
  if (v.questions.length) y += 40;
  const qIndex = new Map(v.questions.map((q) => [q.id, q.index]));
  const colW = (WIDTH - GAP * (COLS - 1)) / COLS;
  for (let row = 0; row * COLS < v.lanes.length; row++) {
    const lanes = v.lanes.slice(row * COLS, row * COLS + COLS);
    const cards = lanes.map((lane, c) => {
      const x = c * (colW + GAP);
      const parts: string[] = [];
      const head = wrapText(label(lane.id), colW - 24, 16);
      const st = style(lane.id);
      parts.push(textLines(head, x + 12, 24, { size: 16, weight: 700, fill: COLOR.red, lineHeight: 21 }));
      drawn.add(lane.id);
      let h = 24 + (head.length - 1) * 21 + 10;
      const qs = lane.questions.map((q) => qIndex.get(q)).filter((n): n is number => n !== undefined);
      if (qs.length) {
        parts.push(textLines([qs.map(circled).join(' ')], x + 12, h + 12, { size: 13, fill: qColor(qs[0]!), weight: 700 }));
        h += 20;
      }
      for (const g of lane.groups) {
        parts.push(textLines([tr(KIND_LABEL[g.kind], lang)], x + 12, h + 14, { size: 11.5, fill: COLOR.ink2 }));
        h += 20;
        for (const item of g.items) {
          const tags = item.answers.map((q) => qIndex.get(q)).filter((n): n is number => n !== undefined);
          const tagText = tags.map(circled).join('');
          const tagW = tags.length ? tags.length * FONT + 6 : 0;
          const lines = wrapText(label(item.id), colW - 36 - tagW, FONT);
          const boxH = lines.length * LH + 8;
          const ist = style(item.id);
          const s = focusStroke(ist, COLOR.line, 1);
          parts.push(
            `<rect x="${x + 10}" y="${h}" width="${colW - 20}" height="${boxH}" rx="4" fill="${ist === 'selected' ? COLOR.redSoft : ist === 'related' ? COLOR.related : '#ffffff'}" stroke="${s.stroke}" stroke-width="${s.width}"${item.interpretive ? ' stroke-dasharray="4 3"' : ''}/>`,
          );
          if (tags.length) parts.push(textLines([tagText], x + 16, h + 18, { size: FONT, fill: qColor(tags[0]!), weight: 700 }));
          parts.push(textLines(lines, x + 16 + tagW, h + 18, { size: FONT, lineHeight: LH }));
          drawn.add(item.id);
          h += boxH + 5;
        }
      }
      return { x, h: h + 8, parts, st };
    });
    const rowH = Math.max(...cards.map((c) => c.h));
    for (const c of cards) {
      const s = focusStroke(c.st, COLOR.line, 1);
      out.push(
        `<g transform="translate(0,${y})"><rect x="${c.x}" y="0" width="${colW}" height="${rowH}" rx="8" fill="#fffdf9" stroke="${s.stroke}" stroke-width="${s.width}"/>${c.parts.join('')}</g>`,
      );
    }
    y += rowH + GAP;
  }
  const marks = marksOf([...drawn].map(ent));
  const interpretive = v.lanes.some((l) => l.groups.some((g) => g.items.some((i) => i.interpretive)));
  return composeFigure({
    part: 'precision',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: campaignPeriod(graph),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width: WIDTH, height: Math.max(0, y - GAP), svg: out.join('') },
    // The key questions' strip above the lanes is the key to the numbers.
    legend: [...(interpretive ? [{ label: tr(TEXT.reading, lang), color: COLOR.ink2, shape: 'dash' as const }] : [])],
    marks,
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
