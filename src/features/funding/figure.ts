// Funding as a figure for a paper: the panel's current view (shares of the total, or the amounts
// side by side) in its current unit (亿元 / 万元 / per person-time), from the same stages as the
// panel (fundingData, convert, amountText), framed by shared/figure.ts.
import { tr } from '../../i18n/text';
import { CHART, COLOR } from '../../shared/theme';
import { textWidth, wrapText } from '../../shared/textMetrics';
import {
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
import { amountText, convert, derivationText, fundingData, shareText, UNIT_LABEL, type FundUnit } from './funding';

const TEXT = {
  subject: { zh: '扶贫资金投入', en: 'Poverty-alleviation funding' },
  share: { zh: '各类资金占总额', en: 'Share of the total by category' },
  compare: { zh: '各类资金对比', en: 'Categories side by side' },
  perCompare: { zh: '每人次金额对比（派生）', en: 'Amount per person-time, side by side (derived)' },
  unit: { zh: '单位', en: 'in' },
  total: { zh: '合计', en: 'Total' },
  perNote: {
    zh: '每人次金额为派生数字：金额 ÷ 受益人次。人次：一人每享受一项帮扶计一次，不是人数。',
    en: 'Per person-time figures are derived: amount ÷ beneficiaries. A person-time counts a person once per benefit received, not once per person.',
  },
} as const;

const COLORS = CHART.palette;

function arc(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(cx + r * Math.sin(a)).toFixed(2)},${(cy - r * Math.cos(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(r1, a0)}A${r1},${r1} 0 ${large} 1 ${p(r1, a1)}L${p(r0, a1)}A${r0},${r0} 0 ${large} 0 ${p(r0, a0)}Z`;
}

const unitLabel = (unit: FundUnit, lang: 'zh' | 'en') => tr(UNIT_LABEL[unit], lang);

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const data = fundingData(graph);
  const unit: FundUnit = view.unit === 'per' && !data.beneficiaries ? 'yi' : view.unit;
  const style = focusStyle(graph, view.focusId);
  const value = (m: typeof data.amount) => convert(m, unit, data.beneficiaries);
  const withU = (v: number) => `${amountText(v, unit, lang)} ${unitLabel(unit, lang)}`;
  const parts = data.parts;
  const marks = marksOf([data.total, ...parts.map((p) => p.entity)]);
  const legend = parts.map((p, i) => ({ label: markedLabel(p.entity, lang), color: COLORS[i % COLORS.length]! }));
  const out: string[] = [];
  let width: number;
  let height: number;
  const notes: string[] = [];

  if (view.fundView === 'share') {
    // A donut of the shares, each part's share on it; beside it the figures in the unit.
    const R = 120;
    const cx = R + 10;
    const cy = R + 10;
    let a = 0;
    parts.forEach((p, i) => {
      const a1 = a + p.share * 2 * Math.PI;
      const s = focusStroke(style(p.id), '#ffffff', 2);
      out.push(
        `<path d="${arc(cx, cy, R * 0.55, R, a, Math.max(a, a1 - 1e-6))}" fill="${COLORS[i % COLORS.length]}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
      );
      const mid = (a + a1) / 2;
      if (p.share >= 0.06) {
        const lr = R * 0.78;
        out.push(
          textLines([shareText(p.share)], cx + lr * Math.sin(mid), cy - lr * Math.cos(mid) + 5, {
            size: 14,
            weight: 700,
            fill: '#ffffff',
            anchor: 'middle',
          }),
        );
      }
      a = a1;
    });
    // The total in the hole: the number, its unit, the word.
    out.push(textLines([amountText(value(data.amount), unit, lang)], cx, cy - 6, { size: 20, weight: 700, anchor: 'middle' }));
    out.push(
      textLines([unitLabel(unit, lang), tr(TEXT.total, lang)], cx, cy + 14, { size: 12.5, fill: COLOR.ink2, anchor: 'middle', lineHeight: 16 }),
    );
    // The figures beside the donut: label, amount in the unit, share.
    const tx = 2 * R + 48;
    const colW = 300;
    let ty = 24;
    const rows = [...parts.map((p, i) => ({ p: p.entity, m: p.amount, share: p.share, i })), { p: data.total, m: data.amount, share: 1, i: -1 }];
    for (const row of rows) {
      const label = wrapText(markedLabel(row.p, lang), colW, 14);
      if (row.i >= 0) out.push(`<rect x="${tx}" y="${ty - 11}" width="14" height="12" rx="2" fill="${COLORS[row.i % COLORS.length]}"/>`);
      out.push(textLines(label, tx + 22, ty, { size: 14, weight: row.i < 0 ? 700 : 400 }));
      ty += (label.length - 1) * 19 + 20;
      out.push(
        textLines([`${withU(value(row.m))} · ${shareText(row.share)}`], tx + 22, ty, { size: 14, fill: COLOR.ink2, weight: row.i < 0 ? 700 : 400 }),
      );
      ty += 30;
    }
    width = tx + colW + 24;
    height = Math.max(2 * R + 20, ty);
  } else {
    // Bars side by side, each with its amount in the unit and its share.
    const labelW = lang === 'en' ? 220 : 170;
    const barW = 360;
    const rows = [...parts, { id: data.total.id, entity: data.total, amount: data.amount, share: 1 }];
    const values = rows.map((p) => value(p.amount));
    const max = Math.max(...values, 1e-9);
    let y = 0;
    rows.forEach((p, i) => {
      const isTotal = i === parts.length;
      const label = wrapText(markedLabel(p.entity, lang), labelW, 14);
      const rowH = Math.max(34, label.length * 19 + 10);
      const w = Math.max(1, (values[i]! / max) * barW);
      const s = focusStroke(style(p.id), 'none', 0);
      const fill = isTotal ? COLOR.ink2 : COLORS[i % COLORS.length]!;
      out.push(textLines(label, labelW, y + rowH / 2 + 5 - ((label.length - 1) * 19) / 2, { size: 14, anchor: 'end', weight: isTotal ? 700 : 400 }));
      out.push(
        `<rect x="${labelW + 12}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowH - 12}" fill="${fill}"${s.width ? ` stroke="${s.stroke}" stroke-width="${s.width}"` : ''}/>`,
      );
      const text = isTotal && unit === 'per' ? withU(values[i]!) : `${withU(values[i]!)} · ${shareText(p.share)}`;
      out.push(textLines([text], labelW + 12 + w + 8, y + rowH / 2 + 5, { size: 14, weight: isTotal ? 700 : 400 }));
      y += rowH + (i === parts.length - 1 ? 10 : 4);
    });
    out.push(`<line x1="${labelW + 12}" y1="0" x2="${labelW + 12}" y2="${y}" stroke="${COLOR.ink2}" stroke-width="1"/>`);
    width = labelW + 12 + barW + 8 + textWidth(`${withU(max)} · 100.0%`, 14) + 8;
    height = y;
  }
  if (unit === 'per' && data.beneficiaries) {
    notes.push(tr(TEXT.perNote, lang));
    notes.push(derivationText(data.amount, data.beneficiaries, lang));
  }
  const viewName = view.fundView === 'share' ? TEXT.share : unit === 'per' ? TEXT.perCompare : TEXT.compare;
  const subtitle = `${tr(viewName, lang)} · ${tr(TEXT.unit, lang)}${lang === 'zh' ? '：' : ' '}${unitLabel(unit, lang)}`;
  return composeFigure({
    part: 'funding',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: data.amount.period === 'unstated' ? null : data.amount.period,
    subtitle,
    body: { width, height, svg: out.join('') },
    legend,
    marks,
    notes,
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
