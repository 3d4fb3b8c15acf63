import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { loadModel, type RawDataset } from '../../../src/model/validate';
import { buildPolicyMatrix } from '../../../src/features/policies/matrix';

const graph = buildGraph(loadModel(builtInDataset()));

function kinds(m: ReturnType<typeof buildPolicyMatrix>) {
  return Object.fromEntries(m.rows.map((r) => [r.policy.order, r.cells.map((c) => c.kind[0]).join('')]));
}

describe('buildPolicyMatrix', () => {
  const m = buildPolicyMatrix(graph);

  it('has the twelve policies in printed order and the three statuses as columns', () => {
    expect(m.rows.map((r) => r.policy.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(m.rows[0]!.policy.id).toBe('policy-insurance');
    expect(m.columns.map((c) => c.status.id)).toEqual(['status-exited', 'status-not-exited', 'status-safety-net']);
    expect(m.group?.id).toBe('twelve-policies');
  });

  it('fills cells from applies-to links and separates the book’s grouping from our reading', () => {
    // b = book, r = our reading, n = none; columns 已脱贫 / 未脱贫 / 兜底户
    expect(kinds(m)).toEqual({
      1: 'brn',
      2: 'brn',
      3: 'brn',
      4: 'brn',
      5: 'brn',
      6: 'brn',
      7: 'nrn',
      8: 'nrn',
      9: 'nnr',
      10: 'nnr',
      11: 'nrn',
      12: 'nrn',
    });
  });

  it('lists the five safety-net categories under 兜底户 only', () => {
    expect(m.columns[2]!.categories.map((c) => c.label.zh)).toEqual(['特困户', '低保户', '五保户', '孤儿', '残疾人']);
    expect(m.columns[0]!.categories).toEqual([]);
    expect(m.columns[1]!.categories).toEqual([]);
  });

  it('names the distinct sources the policies cite, once each, for the table’s source line', () => {
    expect(m.sources).toEqual(['book-diagram']);
  });

  it('keys each distinct interpretive note once', () => {
    expect(m.notes.map((n) => n.key)).toEqual(['a', 'b', 'c']);
    expect(m.notes[0]!.text.zh).toContain('除享受上述政策外');
    // 7–12 come after 未脱贫 and before 兜底户 on the page: every link from them to a status is our reading.
    expect(m.notes[1]!.text.en).toContain('does not show whether items 7–12 belong to 未脱贫');
    expect(m.notes[2]!.text.en).toContain('2018');
    const reading = m.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'reading');
    expect(reading.every((c) => c.noteKey && c.note)).toBe(true);
    expect(m.rows[8]!.cells[2]!.noteKey).toBe('c');
    expect(m.rows[9]!.cells[2]!.noteKey).toBe('c');
  });

  it('follows the data: a new applies-to link fills a new cell', () => {
    const raw = structuredClone(builtInDataset()) as RawDataset & Record<string, { links: unknown[] }>;
    raw['household-policies.json']!.links.push({
      from: 'policy-rain-dew',
      to: 'status-safety-net',
      type: 'applies-to',
      interpretive: false,
      evidence: { source: 'book-diagram', layout: { zh: '测试', en: 'test' } },
    });
    const m2 = buildPolicyMatrix(buildGraph(loadModel(raw)));
    expect(kinds(m2)[6]).toBe('brb');
    expect(kinds(m2)[5]).toBe('brn');
  });
});
