import { describe, expect, it } from 'vitest';
import { buildOverview, percentText } from '../../../src/features/overview/model';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/dataset';

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

  it('gives the six precisions, and each question only the answers the book draws', () => {
    expect(ov.precision.precisions).toHaveLength(6);
    const who = ov.precision.questions.find((q) => q.question.id === 'q-who')!;
    expect(ids(who.answers)).toEqual(['duty-train-teams']);
    expect(who.precision?.id).toBe('precision-personnel');
  });

  it('reads the policy matrix from applies-to links', () => {
    expect(ids(ov.policies.statuses)).toEqual(['status-exited', 'status-not-exited', 'status-safety-net']);
    expect(ov.policies.rows).toHaveLength(12);
    const allowance = ov.policies.rows.find((r) => r.policy.id === 'policy-minimum-allowance')!;
    expect(allowance.applies).toEqual([false, true, true]);
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
