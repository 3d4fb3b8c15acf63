// Pure: the figures the timeline shows beside its events, read from the graph.
//  - an event's own measures, grouped by what they count (same quantity and unit); a group whose
//    sources give different values is flagged as disagreeing, and every value keeps its source;
//  - the measures of the entities an event concerns whose period contains the event's date
//    (the 2014–2016 investment → fund-total's 9.33 亿元; end-2016 → the 1.27% incidence);
//  - the exit's dates: every day-dated event that concerns the goal or an exit level.
import { edgesOf, entitiesOfKind, type EntityGraph } from '../../core/graph';
import type { Bilingual, Entity, Measure } from '../../model/schema';

export interface FigureItem {
  owner: Entity;
  measure: Measure;
}

export interface MeasureGroup {
  key: string;
  label: Bilingual;
  items: FigureItem[];
  /** More than one distinct value for the same quantity: the sources disagree. */
  disagree: boolean;
}

export interface FigureCard {
  event: Entity;
  groups: MeasureGroup[];
}

export interface ExitDate {
  event: Entity;
  /** The date is printed in the book (a book source), not only in public sources. */
  inBook: boolean;
  figures: FigureItem[];
}

export interface TimelineFigures {
  cards: FigureCard[];
  exit: { goal: Entity | undefined; dates: ExitDate[] };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2014/2016" and "2014–2016" name the same period. */
function normalise(period: string): string {
  return period.replace('/', '–');
}

/** Does the measure's period contain the event's date? */
export function periodContains(period: string, date: string): boolean {
  const p = normalise(period);
  const d = normalise(date);
  return p === d || d.startsWith(`${p}-`);
}

/** "贫困人口（新华社图片说明）" → "贫困人口": the quantity, without the source in brackets. */
function stripSource(label: Bilingual): Bilingual {
  // The other language's words may not have come (their chunk failed): its strings are missing then.
  const strip = (s: string = '') => s.replace(/\s*[（(][^（）()]*[）)]\s*$/, '').trim() || s;
  return { zh: strip(label.zh), en: strip(label.en) };
}

function ownGroups(event: Entity): MeasureGroup[] {
  const groups = new Map<string, MeasureGroup>();
  for (const m of event.measures ?? []) {
    // Grouped by the quantity, not the period: sources that disagree on a 2014 baseline may give
    // its year or none ("unstated"), and each value still shows its own period.
    const key = `${m.role}|${m.unit}|${stripSource(m.label).zh}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key: `${event.id}:${key}`, label: m.label, items: [], disagree: false }));
    g.items.push({ owner: event, measure: m });
  }
  for (const g of groups.values()) {
    if (g.items.length > 1) g.label = stripSource(g.items[0]!.measure.label);
    g.disagree = new Set(g.items.map((i) => i.measure.value)).size > 1;
  }
  return [...groups.values()];
}

function concernedFigures(graph: EntityGraph, event: Entity): FigureItem[] {
  if (!event.date) return [];
  const out: FigureItem[] = [];
  for (const e of edgesOf(graph, event.id)) {
    if (e.direction !== 'out' || e.link.type !== 'concerns') continue;
    const owner = graph.model.entities.get(e.other);
    for (const m of owner?.measures ?? []) if (owner && periodContains(m.period, event.date)) out.push({ owner, measure: m });
  }
  return out;
}

export function timelineFigures(graph: EntityGraph): TimelineFigures {
  const events = entitiesOfKind(graph, 'event')
    .filter((e) => e.date)
    .sort((a, b) => a.date!.localeCompare(b.date!));
  const exitTargets = (e: Entity) =>
    edgesOf(graph, e.id)
      .filter((x) => x.direction === 'out' && x.link.type === 'concerns')
      .map((x) => graph.model.entities.get(x.other))
      .filter((t): t is Entity => t?.kind === 'goal' || t?.kind === 'exit-level');
  const exitEvents = events.filter((e) => DAY.test(e.date!) && exitTargets(e).length > 0);
  const goalCount = new Map<string, number>();
  for (const e of exitEvents) for (const t of exitTargets(e)) if (t.kind === 'goal') goalCount.set(t.id, (goalCount.get(t.id) ?? 0) + 1);
  const goalId = [...goalCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cards: FigureCard[] = [];
  for (const event of events) {
    if (exitEvents.includes(event)) continue;
    const groups = ownGroups(event);
    for (const item of concernedFigures(graph, event)) {
      groups.push({ key: `${event.id}:${item.owner.id}:${item.measure.id}`, label: item.measure.label, items: [item], disagree: false });
    }
    if (groups.length) cards.push({ event, groups });
  }
  return {
    cards,
    exit: {
      goal: goalId ? graph.model.entities.get(goalId) : undefined,
      dates: exitEvents.map((event) => ({
        event,
        inBook: event.sources.some((s) => graph.model.sources.get(s.source)?.type === 'book'),
        figures: concernedFigures(graph, event),
      })),
    },
  };
}
