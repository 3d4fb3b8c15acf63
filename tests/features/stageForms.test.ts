// The parts' stage forms read what a slide shows from the graph (pure): a few milestones around the
// selection, one exit level with values against thresholds, the focused branch of the campaign map.
import { describe, expect, it } from 'vitest';
import { milestonesAround } from '../../src/features/timeline/stage';
import { exitStage } from '../../src/features/exit-criteria/stage';
import { branchStage } from '../../src/features/campaign-map/stage';
import { realGraph } from '../helpers/data';

const graph = realGraph();

describe('stage forms', () => {
  it('the timeline shows a window of milestones in date order that holds the selection', () => {
    for (const id of ['ev-1962-jiao-yulu', 'ev-2014-baseline', 'ev-2017-03-27-announced']) {
      const shown = milestonesAround(graph, id, 5);
      expect(shown).toHaveLength(5);
      expect(shown.map((e) => e.id)).toContain(id);
      const dates = shown.map((e) => e.date ?? '');
      expect([...dates].sort()).toEqual(dates);
    }
    // The first and the last event sit at the window's edge.
    expect(milestonesAround(graph, 'ev-1962-jiao-yulu', 4)[0]!.id).toBe('ev-1962-jiao-yulu');
    expect(milestonesAround(graph, 'ev-2017-03-27-announced', 4).at(-1)!.id).toBe('ev-2017-03-27-announced');
  });

  it('the exit standards show the selection’s level; the county’s values against their thresholds', () => {
    const county = exitStage(graph, 'crit-county-approval')!;
    expect(county.level.id).toBe('exit-county');
    const approval = county.criteria.find((c) => c.criterion.id === 'crit-county-approval')!;
    expect(approval.value?.value).toBe(98.96);
    expect(approval.threshold?.value).toBe(90);
    expect(exitStage(graph, 'crit-household-three-guarantees')!.level.id).toBe('exit-household');
    // Anything else: the level with Lankao's own figures.
    expect(exitStage(graph, 'fund-total')!.level.id).toBe('exit-county');
  });

  it('the campaign map shows the focused branch: a leaf shows the branch that holds it', () => {
    const leaf = branchStage(graph, 'cm-reform-models-finance', undefined)!;
    expect(leaf.focus.id).toBe('cm-reform-models');
    expect(leaf.path.map((e) => e.id)).toEqual(['cm-root', 'cm-reform']);
    expect(leaf.rows.map((r) => r.node.id)).toContain('cm-reform-models-finance');
    const root2 = branchStage(graph, 'cm-root', 2)!;
    expect(root2.rows).toHaveLength(5);
    expect(root2.rows.every((r) => r.children.length > 0)).toBe(true);
    expect(branchStage(graph, 'cm-root', 1)!.rows.every((r) => r.children.length === 0)).toBe(true);
    expect(branchStage(graph, 'fund-total', undefined)!.focus.id).toBe('cm-root');
  });
});
