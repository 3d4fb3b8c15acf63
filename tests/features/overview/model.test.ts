import { describe, expect, it } from 'vitest';
import { buildOverview, firstOf, OVERVIEW_LIST_LIMIT, percentText } from '../../../src/features/overview/model';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/builtInDataset';

const graph = buildGraph(loadModel(builtInDataset()));
const ov = buildOverview(graph);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('buildOverview', () => {
  it('walks the division of labour from 书记县长 through 副书记 to the leaders, each with its duties', () => {
    const rows = ov.leadership.rows;
    expect(rows[0]!.leader.id).toBe('leader-secretary-head');
    expect(rows[0]!.depth).toBe(0);
    expect(ids(rows[0]!.duties)).toEqual(['duty-overall']);
    expect(rows[1]!.leader.id).toBe('leader-deputy-secretary');
    expect(ids(rows[1]!.duties).sort()).toEqual(['duty-coordination', 'duty-supervision']);
    const underDeputy = rows.filter((r) => r.depth === 2);
    expect(underDeputy).toHaveLength(9);
    // Departments directly under the head come after the deputy's branch.
    expect(rows[rows.length - 1]!.leader.id).toBe('dept-poverty-office');
  });

  it('splits the funding into shares of the total that add up to 1', () => {
    expect(ov.funding.amount?.value).toBe(9.33);
    expect(ids(ov.funding.parts.map((p) => p.fund))).toEqual(['fund-special', 'fund-sector', 'fund-social']);
    const sum = ov.funding.parts.reduce((s, p) => s + p.share, 0);
    expect(sum).toBeCloseTo(1, 2);
    expect(ov.funding.parts[0]!.share).toBeCloseTo(4.15 / 9.33, 6);
    expect(ov.funding.question?.id).toBe('q-how');
    expect(ov.funding.parts.map((p) => percentText(p.share))).toEqual(['44.5%', '34.3%', '21.2%']);
  });

  it('keeps the county’s four assessed values with their thresholds', () => {
    expect(ov.exit.assessed.map((a) => [a.criterion.id, a.value.value, a.threshold?.value])).toEqual([
      ['crit-county-incidence', 1.27, 2],
      ['crit-county-wrong-exit', 0.72, 2],
      ['crit-county-omission', 0.75, 2],
      ['crit-county-approval', 98.96, 90],
    ]);
    expect(ids(ov.exit.levels.map((l) => l.level))).toEqual(['exit-household', 'exit-village', 'exit-county']);
  });

  it('gives the six precisions, and each question the answers the print places beside it, marked as our reading', () => {
    expect(ov.precision.precisions).toHaveLength(6);
    const answers = (id: string) => ov.precision.questions.find((q) => q.question.id === id)!;
    // The pairing rests on the print's order, quoted from the book; the data calls it our reading.
    // The 紧扣 items merely printed near 谁来扶 (no quote for the pairing) are left out.
    const who = answers('q-who');
    expect(ids(who.answers)).toEqual(['duty-train-teams']);
    expect(who.ourReading).toBe(true);
    expect(who.precision?.id).toBe('precision-personnel');
    expect(ids(answers('q-whom').answers)).toEqual(['precise-identification']);
  });

  it('shows a link the book draws without the our-reading mark, and drops a reading the book does not quote', () => {
    const raw = builtInDataset() as Record<string, { links: unknown[] }>;
    type RawLink = { from: string; to: string; type: string; interpretive?: boolean; sources?: unknown; note?: unknown; evidence?: unknown };
    const links = raw['precision.json']!.links as RawLink[];
    const whom = links.find((l) => l.from === 'precise-identification' && l.to === 'q-whom')!;
    // As if the book printed them joined (a drawn link says what in the book shows it).
    Object.assign(whom, { interpretive: false, evidence: { source: 'book-diagram', quote: '扶持谁' } });
    delete whom.note;
    const who = links.find((l) => l.from === 'duty-train-teams' && l.to === 'q-who')!;
    delete who.sources;
    const changed = buildOverview(buildGraph(loadModel(raw as ReturnType<typeof builtInDataset>)));
    const row = (id: string) => changed.precision.questions.find((q) => q.question.id === id)!;
    expect(ids(row('q-whom').answers)).toEqual(['precise-identification']);
    expect(row('q-whom').ourReading).toBe(false);
    expect(ids(row('q-who').answers)).toEqual([]);
  });

  it('reads the policy matrix from applies-to links', () => {
    expect(ids(ov.policies.statuses)).toEqual(['status-exited', 'status-not-exited', 'status-safety-net']);
    expect(ov.policies.rows).toHaveLength(12);
    const allowance = ov.policies.rows.find((r) => r.policy.id === 'policy-minimum-allowance')!;
    // 9 (dibao) is printed after 未脱贫 and right before 兜底户: our reading puts it with 兜底户 only (issue 24, point 1).
    expect(allowance.applies).toEqual([false, false, true]);
    expect(ov.policies.rows[0]!.applies).toEqual([true, true, false]);
  });

  it('lists the campaign map’s five branches and a timeline that ends in the exit dates', () => {
    expect(ids(ov.campaign.branches.map((b) => b.node))).toEqual(['cm-party', 'cm-reform', 'cm-stable', 'cm-abilities', 'cm-links']);
    expect(ov.campaign.branches.every((b) => b.size >= b.children.length && b.children.length > 0)).toBe(true);
    const events = ov.timeline.events.map((e) => e.id);
    expect(events[0]).toBe('ev-1962-jiao-yulu');
    expect([...ov.timeline.exitIds].sort()).toEqual(['ev-2017-02-24-confirmed', 'ev-2017-02-27-approved', 'ev-2017-03-27-announced']);
    expect(events.slice(-3)).toEqual(['ev-2017-02-24-confirmed', 'ev-2017-02-27-approved', 'ev-2017-03-27-announced']);
  });
});

describe('long lists', () => {
  it('firstOf keeps the first items, those preferred first, in their order', () => {
    expect(firstOf([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(firstOf([1, 2, 3, 4, 5, 6], 3)).toEqual([1, 2, 3]);
    expect(firstOf([1, 2, 3, 4, 5, 6], 3, (n) => n > 4)).toEqual([1, 5, 6]);
    expect(firstOf([1, 2, 3, 4, 5, 6], 2, (n) => n % 2 === 0)).toEqual([2, 4]);
  });

  it('shows the book’s whole picture: nothing is left out', () => {
    expect(Object.values(ov.hidden).every((n) => n === 0)).toBe(true);
  });

  it('shows at most OVERVIEW_LIST_LIMIT items of a long list, counts the rest and keeps the exit dates', () => {
    const m = graph.model;
    const policy = m.entities.get('policy-01') ?? m.entityList.find((e) => e.kind === 'policy')!;
    const event = m.entityList.find((e) => e.kind === 'event')!;
    const extra = [
      ...Array.from({ length: 40 }, (_, i) => ({ ...policy, id: `policy-extra-${i}` })),
      ...Array.from({ length: 30 }, (_, i) => ({ ...event, id: `ev-extra-${i}`, date: '2000-01-01' })),
    ];
    const big = buildGraph({
      ...m,
      entities: new Map([...m.entities, ...extra.map((e) => [e.id, e] as const)]),
      entityList: [...m.entityList, ...extra],
    });
    const o = buildOverview(big);
    const policies = m.entityList.filter((e) => e.kind === 'policy').length + 40;
    expect(o.policies.rows).toHaveLength(OVERVIEW_LIST_LIMIT);
    expect(o.hidden['policy-matrix']).toBe(policies - OVERVIEW_LIST_LIMIT);
    expect(o.timeline.events).toHaveLength(OVERVIEW_LIST_LIMIT);
    expect(o.hidden.events).toBe(ov.timeline.events.length + 30 - OVERVIEW_LIST_LIMIT);
    // The earliest events come first, and the exit dates that end the story stay.
    expect(o.timeline.events[0]!.id).toBe(ov.timeline.events[0]!.id);
    expect(o.timeline.events.some((e) => e.id === 'ev-extra-0')).toBe(true);
    expect([...o.timeline.exitIds].sort()).toEqual([...ov.timeline.exitIds].sort());
    expect(o.hidden.leaders).toBe(0);
  });
});
