// Pure: what the one-screen overview shows, read from the graph (no React, no DOM, no window).
// It follows the printed poster's grouping: the leaders on the left under 党政齐抓共管; in the
// middle 兰考县脱贫 with the six precisions and the four key questions, each question with its
// answer (扶持谁 → 精准识别, 谁来扶 → 扶贫部门, 怎么扶 → 专项/行业/社会扶贫 and their funds,
// 如何退 → the exit standards); on the right the four 紧扣 and the twelve policies; below,
// the campaign map's branches and the timeline that ends in the exit dates.
// Deliberately free of the full panels' modules: those pull ECharts into the first bundle.
import { childrenOf, edgesOf, entitiesOfKind, outgoing, type EntityGraph } from '../../core/graph';
import type { Entity, Link, Measure } from '../../model/schema';
import type { OverviewForm } from '../../parts/types';
import { PARTS, partOfEntity } from '../../parts/registry';
import { fundShares } from '../../domain/funding';
import { assessedValueOf, thresholdOf, type Threshold } from '../../domain/criteria';
import { shareText } from '../../domain/format';

export interface LeaderRow {
  leader: Entity;
  duties: Entity[];
  /** 0 for 书记县长, 1 for 副书记 and departments under the head, 2 for the leaders under 副书记. */
  depth: number;
}

export interface QuestionRow {
  question: Entity;
  /**
   * Entities answering the question as the book's print places them (answers links), e.g. 精准识别
   * for 扶持谁: a link the book draws, or our reading of the print's order when the link quotes the
   * book for it. Readings with no quote from the book (things merely printed nearby) are left out.
   */
  answers: Entity[];
  /** True when a shown answer is our reading of the print, not a link the book draws. */
  ourReading: boolean;
  /** The precision the question puts into practice (realises link). */
  precision: Entity | undefined;
}

/** A fund's share of the total (src/domain/funding.ts: the funding panel's, the comparison's). */
export interface FundShare {
  fund: Entity;
  amount: Measure;
  /** 0–1 of the total, each amount in yuan first. */
  share: number;
  supportTypes: Entity[];
}

/** A criterion's assessed value and, where it has one, its standard (src/domain/criteria.ts). */
export interface AssessedValue {
  criterion: Entity;
  value: Measure;
  threshold: Threshold | undefined;
}

export interface PolicyRow {
  policy: Entity;
  /** Per status column (same order as `statuses`): does the policy apply to it? */
  applies: boolean[];
}

export interface Branch {
  node: Entity;
  children: Entity[];
  /** Every node under the branch, at any depth. */
  size: number;
}

/**
 * The most items of one list the overview shows (the book's longest list, the twelve policies, with
 * room to spare). A part has one screen's share of room and scrolls what overflows: a county with
 * hundreds of policies or events (the bench's 100× data: ~5,600 items, nearly all scrolled out of
 * sight inside their parts) made every load lay out and hydrate them, and every first selection
 * restyle them. What is left out is counted (`hidden`), said beside the part's title, and shown in
 * the part's full panel.
 */
export const OVERVIEW_LIST_LIMIT = 16;

/** The first `limit` items, those that `keep` prefers first; in their original order. */
export function firstOf<T>(items: readonly T[], limit: number, keep: (item: T) => boolean = () => false): T[] {
  if (items.length <= limit) return [...items];
  const kept = new Set(items.filter(keep).slice(0, limit));
  for (const item of items) {
    if (kept.size >= limit) break;
    kept.add(item);
  }
  return items.filter((item) => kept.has(item));
}

export interface OverviewModel {
  goal: Entity | undefined;
  leadership: { principle: Entity | undefined; rows: LeaderRow[] };
  precision: { principle: Entity | undefined; questions: QuestionRow[]; precisions: Entity[] };
  funding: { total: Entity | undefined; amount: Measure | undefined; parts: FundShare[]; question: Entity | undefined };
  exit: { levels: { level: Entity; criteria: Entity[] }[]; assessed: AssessedValue[]; question: Entity | undefined };
  focuses: { principle: Entity | undefined; focuses: { focus: Entity; items: Entity[] }[] };
  policies: { group: Entity | undefined; statuses: Entity[]; rows: PolicyRow[]; categories: Entity[] };
  campaign: { root: Entity | undefined; branches: Branch[] };
  timeline: { events: Entity[]; exitIds: ReadonlySet<string> };
  /** Per compact form, how many items of its lists are left out (over OVERVIEW_LIST_LIMIT); 0 for the book's picture. */
  hidden: Record<OverviewForm, number>;
  /** The `list` form: a part without a form of its own lists its files' entities (by file name). */
  listOf: (files: readonly string[]) => { items: Entity[]; hidden: number };
}

const get = (graph: EntityGraph, id: string) => graph.model.entities.get(id);
const defined = <T>(x: T | undefined): x is T => x !== undefined;
const entities = (graph: EntityGraph, ids: readonly string[]) => ids.map((id) => get(graph, id)).filter(defined);

function leaderRows(graph: EntityGraph, principleId: string): LeaderRow[] {
  const rows: LeaderRow[] = [];
  const walk = (id: string, depth: number) => {
    const e = get(graph, id);
    if (e?.kind === 'leader') {
      const duties = entities(graph, outgoing(graph, id, 'responsible-for')).filter((d) => d.kind === 'duty');
      rows.push({ leader: e, duties, depth });
    }
    // Departments directly under the head come after the deputy's whole branch, as printed.
    const kids = childrenOf(graph, id);
    const leadersFirst = [...kids].sort(
      (a, b) =>
        Number(get(graph, a)?.kind === 'leader' && childrenOf(graph, a).length === 0) -
        Number(get(graph, b)?.kind === 'leader' && childrenOf(graph, b).length === 0),
    );
    for (const k of leadersFirst) walk(k, e?.kind === 'leader' ? depth + 1 : depth);
  };
  walk(principleId, 0);
  return rows;
}

/** The key question an entity answers (answers link), if any. */
function questionAnsweredBy(graph: EntityGraph, id: string): Entity | undefined {
  return entities(graph, outgoing(graph, id, 'answers')).find((q) => q.kind === 'question');
}

/** Every node below `id` in the part-of tree. */
function descendantCount(graph: EntityGraph, id: string): number {
  let n = 0;
  const stack = [...childrenOf(graph, id)];
  while (stack.length) {
    const k = stack.pop()!;
    n += 1;
    stack.push(...childrenOf(graph, k));
  }
  return n;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function buildOverview(graph: EntityGraph): OverviewModel {
  const hidden: Record<OverviewForm, number> = {
    leaders: 0,
    precisions: 0,
    funds: 0,
    'exit-levels': 0,
    focuses: 0,
    'policy-matrix': 0,
    branches: 0,
    events: 0,
    list: 0,
  };
  const limited = <T>(part: OverviewForm, items: readonly T[], keep?: (item: T) => boolean): T[] => {
    const shown = firstOf(items, OVERVIEW_LIST_LIMIT, keep);
    hidden[part] += items.length - shown.length;
    return shown;
  };
  const goal = get(graph, 'lankao-exit');
  const joint = get(graph, 'principle-joint-management');
  const six = get(graph, 'six-precisions');

  const quotesTheBook = (link: Link) => (link.sources ?? []).some((r) => graph.model.sources.get(r.source)?.type === 'book');
  const questions = limited('precisions', entitiesOfKind(graph, 'question')).map((question) => {
    // The support types have their own part (funding).
    const shown = edgesOf(graph, question.id).filter(
      (e) =>
        e.direction === 'in' &&
        e.link.type === 'answers' &&
        (!e.link.interpretive || quotesTheBook(e.link)) &&
        graph.model.entities.get(e.other)?.kind !== 'support-type',
    );
    return {
      question,
      answers: limited(
        'precisions',
        entities(
          graph,
          shown.map((e) => e.other),
        ),
      ),
      ourReading: shown.some((e) => e.link.interpretive),
      precision: entities(graph, outgoing(graph, question.id, 'realises')).find((p) => p.kind === 'precision'),
    };
  });

  const funding = fundShares(graph);
  const total = funding?.total;
  const totalAmount = funding?.amount;
  const parts: FundShare[] = (funding?.parts ?? []).map((p) => ({ fund: p.entity, amount: p.amount, share: p.share, supportTypes: p.supportTypes }));
  const howQuestion = parts
    .flatMap((p) => p.supportTypes)
    .map((s) => questionAnsweredBy(graph, s.id))
    .find(defined);

  const allLevels = entitiesOfKind(graph, 'exit-level');
  const levels = limited('exit-levels', allLevels).map((level) => ({
    level,
    criteria: limited(
      'exit-levels',
      entities(graph, childrenOf(graph, level.id)).filter((c) => c.kind === 'criterion'),
    ),
  }));
  const assessed = limited(
    'exit-levels',
    levels.flatMap((l) =>
      l.criteria.flatMap((criterion) => {
        const value = assessedValueOf(criterion);
        return value ? [{ criterion, value, threshold: thresholdOf(criterion) }] : [];
      }),
    ),
  );
  // 如何退 is answered by the exit standards in the book's picture; the data ties the question to
  // the precision "脱贫成效精准", which the standards measure.
  const exitQuestion = questions.find((q) => q.question.id === 'q-exit')?.question;

  const statuses = entitiesOfKind(graph, 'household-status');
  const policyRows = limited('policy-matrix', entitiesOfKind(graph, 'policy')).map((policy) => {
    const to = new Set(outgoing(graph, policy.id, 'applies-to'));
    return { policy, applies: statuses.map((s) => to.has(s.id)) };
  });
  const categories = limited(
    'policy-matrix',
    statuses.flatMap((s) => entities(graph, childrenOf(graph, s.id)).filter((c) => c.kind === 'household-category')),
  );

  const root = get(graph, 'cm-root');
  const branches = root
    ? limited('branches', entities(graph, childrenOf(graph, root.id))).map((node) => ({
        node,
        children: limited('branches', entities(graph, childrenOf(graph, node.id))),
        size: descendantCount(graph, node.id),
      }))
    : [];

  const allEvents = entitiesOfKind(graph, 'event').sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const exitTargets = new Set(['lankao-exit', ...allLevels.map((l) => l.id)]);
  const isExit = (e: Entity) => DAY.test(e.date ?? '') && outgoing(graph, e.id, 'concerns').some((t) => exitTargets.has(t));
  // The exit dates end the story: a long timeline keeps them and leaves out later-listed others.
  const events = limited('events', allEvents, isExit);
  const exitIds = new Set(events.filter(isExit).map((e) => e.id));

  return {
    goal,
    leadership: { principle: joint, rows: joint ? limited('leaders', leaderRows(graph, joint.id)) : [] },
    precision: { principle: six, questions, precisions: limited('precisions', entitiesOfKind(graph, 'precision')) },
    funding: { total, amount: totalAmount, parts, question: howQuestion },
    exit: { levels, assessed, question: exitQuestion },
    focuses: {
      principle: get(graph, 'four-focuses'),
      focuses: limited('focuses', entitiesOfKind(graph, 'focus')).map((focus) => ({
        focus,
        items: limited('focuses', entities(graph, childrenOf(graph, focus.id))),
      })),
    },
    policies: {
      group: get(graph, 'twelve-policies'),
      statuses,
      rows: policyRows,
      categories,
    },
    campaign: { root, branches },
    timeline: { events, exitIds },
    hidden,
    listOf: (files) => {
      const all = graph.model.entityList.filter((e) => files.includes((graph.model.sectionOf.get(e.id)?.file ?? '').replace(/^.*\//, '')));
      const items = firstOf(all, OVERVIEW_LIST_LIMIT);
      return { items, hidden: all.length - items.length };
    },
  };
}

/** A share as a percentage with one decimal: 0.4448 → "44.5%" (src/domain/format.ts, as every surface writes it). */
export const percentText = shareText;

/** The part (and full panel) an entity belongs to: partOfEntity's, and a county's unknown files go to the last part. */
export function partOf(graph: EntityGraph, id: string): string {
  return partOfEntity(graph.model, id)?.name ?? PARTS[PARTS.length - 1]!.name;
}

/** Lists the compact parts hold but draw only when a part is shown alone (`detailed`). */
const DETAIL_ONLY = new Set(['criteria', 'children']);

/** Every entity the compact overview draws (its parts' lists, not the lists drawn only in detail). */
export function shownIds(model: OverviewModel): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.kind === 'string' && 'label' in o) out.add(o.id);
      else for (const [k, x] of Object.entries(o)) if (!DETAIL_ONLY.has(k)) walk(x);
    }
  };
  walk(model);
  return out;
}

/**
 * Per part, the entities of its home data file that the compact part does not draw (folded
 * campaign-map nodes, each standard's criteria, a list's items past the limit …). The overview keeps
 * them in the page, hidden="until-found", so the browser's find reaches every item (issue 22).
 */
export function foldedItems(graph: EntityGraph, model: OverviewModel): Record<string, Entity[]> {
  const shown = shownIds(model);
  const out: Record<string, Entity[]> = Object.fromEntries(PARTS.map((p) => [p.name, []]));
  for (const e of graph.model.entityList) {
    if (shown.has(e.id)) continue;
    out[partOf(graph, e.id)]?.push(e);
  }
  return out;
}
