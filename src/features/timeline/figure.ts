// The timeline as a figure for a paper: the panel's broken time axis (layout.ts) with each event's
// date and label, the book's events in red and those from the public record in blue (†).
import { entitiesOfKind } from '../../core/graph';
import { tr } from '../../i18n/text';
import { COLOR } from '../../shared/theme';
import { formatDate } from '../../shared/format';
import { composeFigure, figureLang, focusStyle, markedLabel, marksOf, textLines, yearSpan, type Figure, type FigureInput } from '../../shared/figure';
import { layoutTimeline, LINE } from './layout';

const TEXT = {
  subject: { zh: '脱贫大事记', en: 'Timeline of the exit from poverty' },
  subtitle: { zh: '事件按日期排列（1962 年与 2014 年之间的时间轴已截断）', en: 'Events by date (the axis is broken between the clusters of years)' },
  book: { zh: '书中记载的事件', en: 'event in the book' },
  external: { zh: '公开来源的事件', en: 'event from a public source' },
  bar: { zh: '横条：持续一段时间的事件', en: 'bar: an event that spans a period' },
} as const;

const WIDTH = 900;

export function figure({ graph, lang: pageLang, view }: FigureInput): Figure {
  const lang = figureLang(pageLang);
  const events = entitiesOfKind(graph, 'event').filter((e) => e.date);
  const inputs = events.map((e) => ({
    id: e.id,
    date: e.date!,
    lines: [{ text: `${formatDate(e.date!, lang)} · ${markedLabel(e, lang)}`, secondary: false }],
  }));
  const layout = layoutTimeline(inputs, WIDTH);
  const style = focusStyle(graph, view.focusId);
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const t of layout.ticks) out.push(`<line x1="${t.x}" x2="${t.x}" y1="0" y2="${layout.axisY}" stroke="${COLOR.line}" stroke-dasharray="2 3"/>`);
  for (const s of layout.segments)
    out.push(`<line x1="${s.x0}" x2="${s.x1}" y1="${layout.axisY}" y2="${layout.axisY}" stroke="${COLOR.ink2}" stroke-width="1.5"/>`);
  for (const x of layout.breaks)
    out.push(
      `<path d="M${x - 7},${layout.axisY + 6}l6,-12M${x + 1},${layout.axisY + 6}l6,-12" stroke="${COLOR.ink2}" stroke-width="1.5" fill="none"/>`,
    );
  for (const t of layout.ticks) out.push(`<line x1="${t.x}" x2="${t.x}" y1="${layout.axisY - 4}" y2="${layout.axisY + 4}" stroke="${COLOR.ink2}"/>`);
  for (const y of layout.years) out.push(textLines([y.label], y.x, layout.axisY + 18, { size: 12, fill: COLOR.ink2, anchor: 'middle' }));
  for (const ev of layout.events) {
    const e = byId.get(ev.id);
    const fill = e?.confidence === 'external' ? COLOR.blue : COLOR.red;
    const st = style(ev.id);
    if (st !== 'plain')
      out.push(
        `<rect x="${ev.row.x}" y="${ev.row.y}" width="${ev.row.w}" height="${ev.row.h}" rx="4" fill="${st === 'selected' ? COLOR.redSoft : COLOR.related}"${st === 'selected' ? ` stroke="${COLOR.red}" stroke-width="2"` : ''}/>`,
      );
    out.push(
      ev.dot
        ? `<circle cx="${ev.x0}" cy="${ev.y}" r="5" fill="${fill}"/>`
        : `<rect x="${ev.x0}" y="${ev.y - 4}" width="${Math.max(ev.x1 - ev.x0, 2)}" height="8" rx="3" fill="${fill}"/>`,
    );
    out.push(
      textLines(
        ev.lines.map((l) => l.text),
        ev.textX,
        ev.textY,
        { size: 12, anchor: ev.anchor, lineHeight: LINE, weight: st === 'selected' ? 700 : 400 },
      ),
    );
  }
  const hasBar = layout.events.some((e) => !e.dot);
  const hasExternal = events.some((e) => e.confidence === 'external');
  return composeFigure({
    part: 'timeline',
    graph,
    lang,
    subject: tr(TEXT.subject, lang),
    period: yearSpan(events.map((e) => e.date)),
    subtitle: tr(TEXT.subtitle, lang),
    body: { width: layout.width, height: layout.height, svg: out.join('') },
    legend: [
      { label: tr(TEXT.book, lang), color: COLOR.red, shape: 'dot' },
      ...(hasExternal ? [{ label: tr(TEXT.external, lang), color: COLOR.blue, shape: 'dot' as const }] : []),
      ...(hasBar ? [{ label: tr(TEXT.bar, lang), color: COLOR.red, shape: 'line' as const }] : []),
    ],
    marks: marksOf(events),
  });
}

/** The part's export figure (its descriptor's `figure` slot, forms.ts). */
export default figure;
