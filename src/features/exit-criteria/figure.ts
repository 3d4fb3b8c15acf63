// The exit standards as a figure for a paper: the criteria of each level (household, village,
// county) and the county's assessed values against their standards, as bullet bars with the
// standard's line and a met / not met mark that does not rely on colour.
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
  yearSpan,
  type Figure,
  type FigureInput,
} from '../../shared/figure';
import { assessedCriteria, bulletLayout, EXIT_TEXT, exitLevels, passText, standardText, withUnit } from './exitCriteria';

const TEXT = {
  subject: { zh: '贫困退出标准与评估结果', en: 'Exit standards and assessed results' },
  subtitle: {
    zh: '户、村、县三级退出标准；县的评估值与标准对照',
    en: 'Exit standards for households, villages and the county; the county’s assessed values against them',
  },
  value: { zh: '评估值', en: 'assessed value' },
  standard: { zh: '退出标准', en: 'exit standard' },
  unstated: {
    zh: '标题中的年份为退出标准的年份；评估值的时期在来源中未写明。',
    en: 'The year in the title is that of the exit standards; the sources do not state the period of the assessed values.',
  },
} as const;

const WIDTH = 900;

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const style = focusStyle(graph, view.focusId);
  const levels = exitLevels(graph);
  const rows = assessedCriteria(graph);
  const out: string[] = [];
  const drawn = [...levels.map((l) => l.entity), ...levels.flatMap((l) => l.criteria)];

  // The levels side by side, each with its criteria.
  const colGap = 16;
  const cols = Math.max(1, levels.length);
  const colW = (WIDTH - colGap * (cols - 1)) / cols;
  let levelsH = 0;
  const cards = levels.map((l, i) => {
    const x = i * (colW + colGap);
    const parts: string[] = [];
    const head = wrapText(markedLabel(l.entity, lang), colW - 20, 15);
    parts.push(textLines(head, x + 10, 22, { size: 15, weight: 700, fill: COLOR.red, lineHeight: 20 }));
    let y = 22 + (head.length - 1) * 20 + 10;
    for (const c of l.criteria) {
      const lines = wrapText(markedLabel(c, lang), colW - 34, 13);
      const st = style(c.id);
      if (st !== 'plain') {
        const s = focusStroke(st, 'none');
        parts.push(
          `<rect x="${x + 6}" y="${y + 2}" width="${colW - 12}" height="${lines.length * 18 + 6}" rx="4" fill="${st === 'selected' ? COLOR.redSoft : COLOR.related}" stroke="${s.stroke}" stroke-width="${s.width}"/>`,
        );
      }
      parts.push(`<circle cx="${x + 17}" cy="${y + 13}" r="3" fill="${COLOR.ink2}"/>`);
      parts.push(textLines(lines, x + 26, y + 18, { size: 13, lineHeight: 18 }));
      y += lines.length * 18 + 8;
    }
    levelsH = Math.max(levelsH, y + 8);
    return { x, parts };
  });
  for (const c of cards)
    out.push(`<rect x="${c.x}" y="0" width="${colW}" height="${levelsH}" rx="8" fill="#fffdf9" stroke="${COLOR.line}"/>`, ...c.parts);

  // The assessed values as bullet bars against the standard.
  let y = levelsH + 24;
  if (rows.length) {
    const b = bulletLayout(rows, WIDTH, lang);
    const labelW = lang === 'en' ? 240 : 180;
    const right = 150;
    const plotX = labelW + 12;
    const plotW = WIDTH - plotX - right;
    for (const g of b.groups) {
      out.push(textLines([tr(g.side === 'ceiling' ? EXIT_TEXT.ceilingTitle : EXIT_TEXT.floorTitle, lang)], 0, y + 14, { size: 14, weight: 700 }));
      y += 26;
      const px = (v: number) => plotX + ((v - g.min) / (g.max - g.min || 1)) * plotW;
      const top = y;
      for (const r of g.rows) {
        const label = wrapText(markedLabel(r.entity, lang), labelW, 13);
        const rowH = Math.max(34, label.length * 17 + 10);
        const st = style(r.id);
        const s = focusStroke(st, 'none', 0);
        out.push(
          textLines(label, labelW, y + rowH / 2 + 4 - ((label.length - 1) * 17) / 2, {
            size: 13,
            anchor: 'end',
            lineHeight: 17,
            weight: st === 'selected' ? 700 : 400,
          }),
        );
        out.push(`<rect x="${plotX}" y="${y + 8}" width="${plotW}" height="${rowH - 16}" fill="${CHART.passZone}"/>`);
        const x1 = px(r.value.value);
        out.push(
          `<rect x="${plotX}" y="${y + 11}" width="${Math.max(1, x1 - plotX).toFixed(1)}" height="${rowH - 22}" fill="${r.pass ? CHART.pass : CHART.fail}"${s.width ? ` stroke="${s.stroke}" stroke-width="${s.width}"` : ''}/>`,
        );
        const tx = px(r.threshold.value);
        out.push(
          `<line x1="${tx}" x2="${tx}" y1="${y + 4}" y2="${y + rowH - 4}" stroke="${CHART.standard}" stroke-width="2" stroke-dasharray="4 3"/>`,
        );
        const valueText = `${withUnit(r.value.value, r.value, lang)} ${passText(r.pass, lang)}`;
        out.push(textLines([valueText], Math.max(x1, tx) + 8, y + rowH / 2 + 4, { size: 13, weight: 700 }));
        y += rowH;
      }
      // The standards' labels above the group, the axis' ends below.
      for (const t of g.thresholds)
        out.push(
          textLines([`${tr(EXIT_TEXT.standard, lang)} ${standardText(t, lang)}`], px(t.value), top - 2, {
            size: 12,
            fill: CHART.standard,
            anchor: 'middle',
          }),
        );
      out.push(`<line x1="${plotX}" x2="${plotX + plotW}" y1="${y}" y2="${y}" stroke="${COLOR.ink2}"/>`);
      out.push(textLines([withUnit(g.min, g.rows[0]!.value, lang)], plotX, y + 15, { size: 11.5, fill: COLOR.ink2, anchor: 'middle' }));
      out.push(textLines([withUnit(g.max, g.rows[0]!.value, lang)], plotX + plotW, y + 15, { size: 11.5, fill: COLOR.ink2, anchor: 'middle' }));
      y += 30;
      drawn.push(...g.rows.map((r) => r.entity));
    }
  }
  const widest = Math.max(
    WIDTH,
    ...rows.map((r) => textWidth(`${withUnit(r.value.value, r.value, lang)} ${passText(r.pass, lang)}`, 13) + WIDTH - 150 + 40),
  );
  return composeFigure({
    part: 'exit-criteria',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    // The standards' year where the assessed values give none (the notes say so).
    period: yearSpan(rows.map((r) => r.value.period)) ?? yearSpan(rows.map((r) => r.threshold.period)),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width: Math.min(widest, WIDTH + 40), height: y, svg: out.join('') },
    legend: rows.length
      ? [
          { label: `${tr(TEXT.value, lang)} ${passText(true, lang)}`, color: CHART.pass },
          ...(rows.some((r) => !r.pass) ? [{ label: `${tr(TEXT.value, lang)} ${passText(false, lang)}`, color: CHART.fail }] : []),
          { label: tr(TEXT.standard, lang), color: CHART.standard, shape: 'dash' as const },
        ]
      : [],
    marks: marksOf(drawn),
    notes: rows.some((r) => r.value.period === 'unstated') ? [tr(TEXT.unstated, lang)] : [],
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
