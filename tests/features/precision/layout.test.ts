import { describe, expect, it } from 'vitest';
import { buildGraph, incoming } from '../../../src/core/graph';
import { relatedTo } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { loadModel } from '../../../src/model/validate';
import { buildPrecisionView, KIND_ORDER } from '../../../src/features/precision/layout';
import type { Model } from '../../../src/model/types';
import type { Entity, Link } from '../../../src/model/schema';

const graph = buildGraph(loadModel(builtInDataset()));
const view = buildPrecisionView(graph);
const lane = (id: string) => view.lanes.find((l) => l.id === id)!;
const itemsOf = (id: string) => lane(id).groups.flatMap((g) => g.items.map((i) => i.id));

describe('buildPrecisionView on the Lankao data', () => {
  it('has the banner, the four questions and the six precisions in their printed order', () => {
    expect(view.banner).toBe('six-precisions');
    expect(view.identification).toBe('precise-identification');
    expect(view.questions.map((q) => [q.id, q.index])).toEqual([
      ['q-whom', 1],
      ['q-who', 2],
      ['q-how', 3],
      ['q-exit', 4],
    ]);
    expect(view.lanes.map((l) => l.id)).toEqual([
      'precision-targets',
      'precision-programs',
      'precision-funds',
      'precision-households',
      'precision-personnel',
      'precision-results',
    ]);
  });

  it('lists exactly the entities that realise each precision (questions apart)', () => {
    for (const l of view.lanes) {
      const realisers = incoming(graph, l.id, 'realises');
      const nonQuestions = realisers.filter((id) => graph.model.entities.get(id)!.kind !== 'question');
      expect([...itemsOf(l.id)].sort()).toEqual([...nonQuestions].sort());
      expect(l.count).toBe(nonQuestions.length);
      expect(l.questions).toEqual(realisers.filter((id) => id.startsWith('q-')));
    }
    expect(itemsOf('precision-programs')).toEqual(['duty-industry', 'support-special', 'support-sector', 'support-social']);
    expect(itemsOf('precision-targets')).toEqual(['precise-identification']);
    expect(lane('precision-targets').questions).toEqual(['q-whom']);
    expect(lane('precision-personnel').questions).toEqual(['q-who']);
    expect(itemsOf('precision-personnel')).toEqual(expect.arrayContaining(['duty-train-teams', 'duty-team-building', 'fi-village-teams']));
    expect(itemsOf('precision-funds')).toEqual(expect.arrayContaining(['duty-finance', 'fund-total', 'cm-reform-institutions-funds']));
    expect(itemsOf('precision-results')).toEqual(expect.arrayContaining(['duty-supervision', 'exit-household', 'exit-village', 'exit-county']));
  });

  it('groups items by kind in a fixed kind order and keeps the printed order of the twelve policies', () => {
    for (const l of view.lanes) {
      const ranks = l.groups.map((g) => KIND_ORDER.indexOf(g.kind));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const g of l.groups) for (const it of g.items) expect(graph.model.entities.get(it.id)!.kind).toBe(g.kind);
    }
    const policies = lane('precision-households').groups.find((g) => g.kind === 'policy')!.items;
    expect(policies).toHaveLength(12);
    const orders = policies.map((p) => graph.model.entities.get(p.id)!.order!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('tags each item with the questions it answers', () => {
    const find = (id: string) => view.lanes.flatMap((l) => l.groups.flatMap((g) => g.items)).find((i) => i.id === id)!;
    expect(find('precise-identification').answers).toEqual(['q-whom']);
    expect(find('duty-train-teams').answers).toEqual(['q-who']);
    expect(find('support-social').answers).toEqual(['q-how']);
    expect(find('exit-county').answers).toEqual(['q-exit']);
    expect(find('duty-industry').answers).toEqual([]);
    expect(view.questions.find((q) => q.id === 'q-who')!.answeredBy).toEqual(
      expect.arrayContaining(['duty-train-teams', 'fi-leadership-teams', 'fi-village-teams']),
    );
  });

  it('marks realises links that are our reading', () => {
    expect(view.lanes.flatMap((l) => l.groups.flatMap((g) => g.items)).every((i) => i.interpretive)).toBe(true);
  });

  it('draws the realising items of a precision as exactly what relatedTo lights up for it', () => {
    for (const l of view.lanes) {
      const related = relatedTo(graph, l.id);
      for (const id of itemsOf(l.id)) expect(related.has(id)).toBe(true);
    }
  });
});

describe('buildPrecisionView on a tiny graph', () => {
  const e = (id: string, kind: Entity['kind'], order?: number): Entity => ({
    id,
    kind,
    label: { zh: id, en: id },
    confidence: 'verbatim',
    sources: [{ source: 's' }],
    ...(order !== undefined ? { order } : {}),
  });
  const l = (from: string, to: string, type: Link['type'], interpretive = false): Link => ({ from, to, type, interpretive });
  const entityList = [
    e('six-precisions', 'principle'),
    e('q-b', 'question', 2),
    e('q-a', 'question', 1),
    e('p-two', 'precision', 2),
    e('p-one', 'precision', 1),
    e('fund-x', 'fund'),
    e('duty-y', 'duty'),
  ];
  const links = [
    l('q-b', 'six-precisions', 'part-of'),
    l('q-a', 'six-precisions', 'part-of'),
    l('p-one', 'six-precisions', 'part-of'),
    l('p-two', 'six-precisions', 'part-of'),
    l('fund-x', 'p-one', 'realises', true),
    l('duty-y', 'p-one', 'realises'),
    l('duty-y', 'q-b', 'answers'),
    l('q-a', 'p-two', 'realises'),
  ];
  const model = { entities: new Map(entityList.map((x) => [x.id, x])), entityList, links } as unknown as Model;
  const tiny = buildPrecisionView(buildGraph(model));

  it('orders questions and precisions by their order field, duties before funds', () => {
    expect(tiny.questions.map((q) => q.id)).toEqual(['q-a', 'q-b']);
    expect(tiny.lanes.map((x) => x.id)).toEqual(['p-one', 'p-two']);
    expect(tiny.lanes[0]!.groups.map((g) => g.kind)).toEqual(['duty', 'fund']);
    expect(tiny.lanes[0]!.groups[0]!.items[0]).toEqual({ id: 'duty-y', kind: 'duty', answers: ['q-b'], interpretive: false });
    expect(tiny.lanes[0]!.groups[1]!.items[0]!.interpretive).toBe(true);
  });

  it('puts a realising question in the lane header, not among the items', () => {
    expect(tiny.lanes[1]!.questions).toEqual(['q-a']);
    expect(tiny.lanes[1]!.count).toBe(0);
    expect(tiny.questions[0]!.realises).toEqual(['p-two']);
    expect(tiny.identification).toBeNull();
  });
});
