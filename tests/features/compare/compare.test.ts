import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { loadModel, type RawDataset } from '../../../src/model/validate';
import { compareDifferences, compareExit, compareFunding, isCounterpart } from '../../../src/features/compare/compare';
import { exampleCounty } from '../../fixtures/example-county/example';
import { DATA_DIR, realGraph } from '../../helpers/data';

const lankao = realGraph();
const example = buildGraph(loadModel(exampleCounty(DATA_DIR) as RawDataset));

describe('comparing two pictures', () => {
  it('matches entities by id and kind', () => {
    expect(isCounterpart(lankao, example, 'fund-special')).toBe(true);
    const raw = exampleCounty(DATA_DIR, { drop: false }) as Record<string, { entities: { id: string; kind: string }[] }>;
    raw['support-and-funding.json']!.entities.find((e) => e.id === 'support-special')!.kind = 'duty';
    const renamed = buildGraph(loadModel(raw as RawDataset));
    expect(isCounterpart(lankao, renamed, 'support-special')).toBe(false);
    expect(isCounterpart(lankao, renamed, 'no-such-id')).toBe(false);
  });

  it('funding: amounts in 亿元, shares of each total, yuan per beneficiary', () => {
    const rows = compareFunding(lankao, example);
    expect(rows.map((r) => r.id)).toEqual(['fund-total', 'fund-special', 'fund-sector', 'fund-social']);
    const special = rows[1]!;
    expect(special.a).toMatchObject({ amountYi: 4.15, share: expect.closeTo(4.15 / 9.33, 6) });
    expect(special.a!.perBeneficiary).toBeCloseTo(4.15e8 / 587_000, 3);
    expect(special.b).toMatchObject({ amountYi: 2.1, share: expect.closeTo(2.1 / 4, 6), perBeneficiary: expect.closeTo(2.1e8 / 200_000, 3) });
  });

  it('exit figures against their thresholds, on both sides', () => {
    const omission = compareExit(lankao, example).find((r) => r.id === 'crit-county-omission')!;
    expect([omission.a!.value.value, omission.a!.pass]).toEqual([0.75, true]);
    expect([omission.b!.value.value, omission.b!.pass]).toEqual([2.4, false]);
  });

  it('names the responsibilities and policies only one side has', () => {
    const d = compareDifferences(lankao, example);
    expect(d.policies.onlyA.map((p) => p.kind)).toEqual(['policy']);
    expect(d.policies.onlyB).toEqual([]);
    expect(d.responsibilities.onlyA).toHaveLength(1);
    expect(d.responsibilities.onlyB).toEqual([]);
    expect(compareDifferences(lankao, lankao)).toEqual({ responsibilities: { onlyA: [], onlyB: [] }, policies: { onlyA: [], onlyB: [] } });
  });
});
