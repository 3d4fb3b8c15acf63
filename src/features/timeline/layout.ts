// Pure layout of the timeline: dates → spans in fractional years → a broken, piecewise-linear
// scale (1962 sits half a century before 2014, so each cluster of dates gets its own segment and
// a break mark between them) → one row per event with its label beside the mark, or above it
// when neither side has room. No React, no DOM.
import { scaleLinear } from 'd3-scale';
import { maxLineWidth, wrapText } from '../../shared/textMetrics';

export interface TextLine {
  text: string;
  secondary: boolean;
}

export interface TimeSpan {
  /** Fractional years: 2014-03 → [2014.167, 2014.25). */
  start: number;
  end: number;
  /** How precise the date is: a year, a month, a day, or a range of years/months. */
  precision: 'year' | 'month' | 'day' | 'range';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function single(date: string): Omit<TimeSpan, 'precision'> & { precision: 'year' | 'month' | 'day' } {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!m) throw new Error(`not a date: ${date}`);
  const y = Number(m[1]);
  if (!m[2]) return { start: y, end: y + 1, precision: 'year' };
  const mo = Number(m[2]) - 1;
  if (!m[3]) return { start: y + mo / 12, end: y + (mo + 1) / 12, precision: 'month' };
  const d = Number(m[3]) - 1;
  const t = y + (mo + d / DAYS_IN_MONTH[mo]!) / 12;
  return { start: t, end: t, precision: 'day' };
}

/** "1962", "2014-03", "2017-02-24" or a range "2014/2016" → the span of time it covers; null if unreadable. */
export function parseDateSpan(date: string): TimeSpan | null {
  try {
    const parts = date.split('/');
    if (parts.length === 2) return { start: single(parts[0]!).start, end: single(parts[1]!).end, precision: 'range' };
    if (parts.length === 1) return single(date);
    return null;
  } catch {
    return null;
  }
}

export interface EventInput {
  id: string;
  date: string;
  lines: TextLine[];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedEvent {
  id: string;
  span: TimeSpan;
  /** The mark: a bar from x0 to x1, or a dot at x0 when the span is too short to see. */
  x0: number;
  x1: number;
  y: number;
  dot: boolean;
  lines: TextLine[];
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
  box: Box;
  /** The whole row: the hit area. */
  row: Box;
}

export interface Tick {
  value: number;
  x: number;
}

/** A year's label, centred on the part of the year the axis shows. */
export interface YearLabel {
  year: number;
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  events: PlacedEvent[];
  /** Year boundaries (gridlines). */
  ticks: Tick[];
  years: YearLabel[];
  /** x of each break in the axis. */
  breaks: number[];
  /** Year segments shown: [from, to] in fractional years and their pixel range. */
  segments: { from: number; to: number; x0: number; x1: number }[];
}

export const FONT = 12;
export const LINE = 15;
const MARGIN = 6;
const GAP = 8;
const BREAK_GAP = 26;
const MIN_SEGMENT = 52;
const ROW_GAP = 8;
/** A gap of more than this many years between dates breaks the axis. */
const BREAK_YEARS = 5;
/** A year's label needs this much of its year on the axis (the 0.15 year after 1962 gets none). */
const YEAR_LABEL_MIN = 30;

const r = (v: number) => Math.round(v);
/** Rows run in the order of each span's middle: a visit in March 2014 before a figure for all of 2014. */
const mid = (s: TimeSpan) => (s.start + s.end) / 2;

export function layoutTimeline(input: readonly EventInput[], width: number): TimelineLayout {
  const events = input
    .map((e) => ({ ...e, span: parseDateSpan(e.date) }))
    .filter((e): e is EventInput & { span: TimeSpan } => e.span !== null)
    .sort((a, b) => mid(a.span) - mid(b.span) || a.span.start - b.span.start || a.id.localeCompare(b.id));

  // Segments: clusters of dates, split where the gap is larger than BREAK_YEARS.
  const clusters: { from: number; to: number }[] = [];
  for (const e of events) {
    const last = clusters[clusters.length - 1];
    if (last && e.span.start - last.to <= BREAK_YEARS) last.to = Math.max(last.to, e.span.end);
    else clusters.push({ from: e.span.start, to: e.span.end });
  }
  // Whole years at the start; a little air after the last date.
  const segs = clusters.map((c) => ({ from: Math.floor(c.from), to: Math.max(c.to + 0.15, Math.floor(c.from) + 1) }));
  const inner = width - 2 * MARGIN - BREAK_GAP * Math.max(0, segs.length - 1);
  // The longest stretch of years is the story (2014–2017); every other cluster (1962) is context
  // and gets a fixed, narrow segment, so the years that matter stay readable on a phone.
  const main = segs.reduce((best, g) => (g.to - g.from > best.to - best.from ? g : best), segs[0] ?? { from: 0, to: 1 });
  const short = segs.filter((g) => g !== main);
  const longWidth = inner - short.length * MIN_SEGMENT;
  const segments: TimelineLayout['segments'] = [];
  let x = MARGIN;
  for (const g of segs) {
    const w = g === main ? longWidth : MIN_SEGMENT;
    segments.push({ from: g.from, to: g.to, x0: x, x1: x + w });
    x += w + BREAK_GAP;
  }
  const scale = scaleLinear()
    .domain(segments.flatMap((s) => [s.from, s.to]))
    .range(segments.flatMap((s) => [s.x0, s.x1]))
    .clamp(true);
  const breaks = segments.slice(1).map((s, i) => r((segments[i]!.x1 + s.x0) / 2));

  const placed: PlacedEvent[] = [];
  let top = MARGIN;
  for (const e of events) {
    const x0 = scale(e.span.start);
    const x1 = scale(e.span.end);
    const dot = x1 - x0 < 6;
    const right = width - MARGIN - (Math.max(x1, x0 + 5) + GAP);
    const left = Math.min(x0, x1 - 5) - GAP - MARGIN;
    const natural = maxLineWidth(
      e.lines.map((l) => l.text),
      FONT,
    );
    let anchor: 'start' | 'end';
    let room: number;
    if (natural <= right) [anchor, room] = ['start', right];
    else if (natural <= left) [anchor, room] = ['end', left];
    else [anchor, room] = right >= left ? ['start', right] : ['end', left];
    const beside = room >= Math.min(natural, 110);
    let lines: TextLine[];
    let box: Box;
    let y: number;
    let textX: number;
    if (beside) {
      lines = e.lines.flatMap((l) => wrapText(l.text, room, FONT).map((text) => ({ text, secondary: l.secondary })));
      const w = maxLineWidth(
        lines.map((l) => l.text),
        FONT,
      );
      const h = lines.length * LINE;
      y = top + Math.max(h, 12) / 2;
      textX = anchor === 'start' ? Math.max(x1, x0 + 5) + GAP : Math.min(x0, x1 - 5) - GAP;
      box = { x: anchor === 'start' ? textX : textX - w, y: y - h / 2, w, h };
      top += Math.max(h, 12) + ROW_GAP;
    } else {
      // Neither side has room (a phone): the label goes on its own lines above the mark.
      const full = width - 2 * MARGIN;
      lines = e.lines.flatMap((l) => wrapText(l.text, full, FONT).map((text) => ({ text, secondary: l.secondary })));
      const w = maxLineWidth(
        lines.map((l) => l.text),
        FONT,
      );
      const h = lines.length * LINE;
      anchor = 'start';
      textX = Math.min(Math.max(MARGIN, x0), width - MARGIN - w);
      box = { x: textX, y: top, w, h };
      y = top + h + 4 + 6;
      top += h + 4 + 12 + ROW_GAP;
    }
    placed.push({
      id: e.id,
      span: e.span,
      x0: r(x0),
      x1: r(x1),
      y: r(y),
      dot,
      lines,
      textX: r(textX),
      textY: r(box.y + FONT - 1),
      anchor,
      box: { x: r(box.x), y: r(box.y), w: r(box.w), h: r(box.h) },
      row: { x: 0, y: r(Math.min(box.y, y - 6) - ROW_GAP / 2), w: width, h: r(Math.max(box.y + box.h, y + 6) - Math.min(box.y, y - 6) + ROW_GAP) },
    });
  }
  const axisY = r(top + 4);
  const ticks: Tick[] = segments.flatMap((s) => {
    const out: Tick[] = [];
    for (let yv = Math.ceil(s.from); yv <= Math.floor(s.to); yv++) out.push({ value: yv, x: r(scale(yv)) });
    return out;
  });
  const years: YearLabel[] = segments.flatMap((s) => {
    const out: YearLabel[] = [];
    for (let yv = Math.floor(s.from); yv < s.to; yv++) {
      const a = scale(Math.max(yv, s.from));
      const b = scale(Math.min(yv + 1, s.to));
      if (b - a >= YEAR_LABEL_MIN) out.push({ year: yv, x: r((a + b) / 2), label: String(yv) });
    }
    return out;
  });
  return {
    width,
    height: axisY + 24,
    axisY,
    events: placed,
    ticks,
    years,
    breaks,
    segments: segments.map((s) => ({ ...s, x0: r(s.x0), x1: r(s.x1) })),
  };
}
