import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildGraph, childrenOf, relatedTo } from '../../src/core/graph';
import type { Model } from '../../src/model/types';
import type { Entity, Link } from '../../src/model/schema';
import { realGraph } from '../helpers/data';

const e = (id: string, order?: number): Entity => ({
  id,
  kind: 'duty',
  label: { zh: id, en: id },
  confidence: 'verbatim',
  sources: [{ source: 's' }],
  ...(order ? { order } : {}),
});
const l = (from: string, to: string, type: Link['type'] = 'concerns'): Link => ({ from, to, type, interpretive: false });

function tiny(): Model {
  const entities = ['root', 'a', 'b', 'a1', 'duty', 'boss', 'far'].map((id, i) => e(id, 10 - i));
  return {
    entities: new Map(entities.map((x) => [x.id, x])),
    entityList: entities,
    links: [
      l('a', 'root', 'part-of'),
      l('b', 'root', 'part-of'),
      l('a1', 'a', 'part-of'),
      l('a1', 'duty', 'realises'),
      l('boss', 'duty', 'responsible-for'),
      l('far', 'boss'),
    ],
    sources: new Map(),
    headline: [],
    presentation: [],
    sections: [],
    sectionOf: new Map(),
    glossary: [],
    quoteTranslations: new Map(),
  };
}

describe('relatedTo', () => {
  const g = buildGraph(tiny());

  it('returns direct neighbours, ancestors and the owners of what it reaches — not itself, not two hops away', () => {
    expect([...relatedTo(g, 'a1')].sort()).toEqual(['a', 'boss', 'duty', 'root']);
    expect(relatedTo(g, 'a1').has('far')).toBe(false);
    expect(relatedTo(g, 'a1').has('a1')).toBe(false);
  });

  it('includes children through part-of', () => {
    expect([...relatedTo(g, 'root')].sort()).toEqual(['a', 'b']);
  });

  it('is empty for an unknown id', () => {
    expect(relatedTo(g, 'nope').size).toBe(0);
  });

  it('orders children by their printed order', () => {
    expect(childrenOf(g, 'root')).toEqual(['b', 'a']);
    expect(ancestorsOf(g, 'a1')).toEqual(['a', 'root']);
  });
});

describe('relatedTo on the Lankao data (the links the issues name)', () => {
  const g = realGraph();

  it('金融扶贫 in the campaign map lights up the duty, the leader responsible and the funds', () => {
    const r = relatedTo(g, 'cm-reform-models-finance');
    expect(r.has('duty-finance')).toBe(true);
    expect(r.has('leader-executive-deputy-head')).toBe(true);
    expect(r.has('fund-total')).toBe(true);
  });

  it('兜底户 lights up the policies, its categories and the exit criteria that apply', () => {
    const r = relatedTo(g, 'status-safety-net');
    expect(r.has('policy-minimum-allowance')).toBe(true);
    for (const c of ['cat-extreme-poverty', 'cat-minimum-allowance', 'cat-five-guarantees', 'cat-orphans', 'cat-disabled'])
      expect(r.has(c)).toBe(true);
    expect(r.has('exit-household')).toBe(true);
    expect(r.has('policy-insurance')).toBe(false);
  });

  it('a fund lights up the support type it pays for and, through it, the department responsible', () => {
    const r = relatedTo(g, 'fund-social');
    expect(r.has('support-social')).toBe(true);
    expect(r.has('leader-united-front-dept')).toBe(true);
  });
});
