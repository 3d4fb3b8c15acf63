// The rules that keep the data honest about the book (src/model/rules/evidence.ts): each planted
// violation fails validation with its file, its place in the file and what was expected.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/model/validate';
import { evidenceProblems } from '../../src/model/rules/evidence';
import type { Entity, Link, Source } from '../../src/model/schema';
import { realRaw } from '../helpers/data';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mutate = (fn: (raw: Json) => void) => {
  const raw = realRaw() as Json;
  fn(raw);
  return validateDataset(raw).problems.map(formatProblem);
};
const entityIndex = (raw: Json, file: string, id: string) => raw[file].entities.findIndex((e: Json) => e.id === id);

describe('evidence rules on the real data', () => {
  it('the data passes them, with a reason in the book for every link it marks as drawn', () => {
    const raw = realRaw() as Json;
    expect(validateDataset(raw).problems).toEqual([]);
    const links = Object.values(raw).flatMap((f: Json) => (Array.isArray(f?.links) ? f.links : []));
    const drawn = links.filter((l: Json) => !l.interpretive);
    expect(drawn.length).toBeGreaterThan(100);
    for (const l of drawn) expect(l.evidence?.quote ?? l.evidence?.layout, `${l.from} → ${l.to}`).toBeTruthy();
  });

  it('names a verbatim label that is not in its own book quotes', () => {
    let i = -1;
    const problems = mutate((r) => {
      i = entityIndex(r, 'leadership.json', 'leader-cppcc-chair');
      r['leadership.json'].entities[i].label.zh = '县政协主席';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^leadership\\.json: entities\\[${i}\\]\\.label\\.zh: found the verbatim label "县政协主席" in none of the entity's own book quotes ` +
            '\\("政协主席"\\); expected the label as printed',
        ),
      ),
    );
  });

  it('accepts a verbatim label that differs from its quote only by line breaks or full-width forms', () => {
    const problems = mutate((r) => {
      const e = r['household-policies.json'].entities.find((x: Json) => x.id === 'policy-insurance');
      expect(e.label.zh).toBe('保险（财产/人身意外/农作物）');
      expect(e.sources[0].quote).toContain('保险(财产/人身意外/农作物)');
    });
    expect(problems).toEqual([]);
  });

  it('names a link marked as drawn that has no book evidence, and evidence from a web page', () => {
    let k = -1;
    const problems = mutate((r) => {
      k = r['leadership.json'].links.findIndex((l: Json) => l.from === 'leader-cppcc-chair' && l.type === 'responsible-for');
      delete r['leadership.json'].links[k].evidence;
      r['history.json'].links[0].evidence = { source: 'web-xing528', quote: '兰考' };
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^leadership\\.json: links\\[${k}\\]\\.evidence: found a link leader-cppcc-chair —responsible-for→ duty-industry marked as drawn, ` +
            'with no evidence; expected what in the book shows it: a quote, or a layout note',
        ),
      ),
    );
    expect(problems).toContain(
      'history.json: links[0].evidence.source: found "web-xing528", which is not the book; expected a book source (the drawing or the book\'s text)',
    );
  });

  it('names a quote that joins fragments, in an entity, a measure, a link source and link evidence', () => {
    const problems = mutate((r) => {
      r['campaign-map.json'].entities[1].sources.push({ source: 'book-campaign-map', quote: '抓好党建促脱贫 / 改革创新破解制约' });
      const total = r['support-and-funding.json'].entities[entityIndex(r, 'support-and-funding.json', 'fund-total')];
      total.measures[2].sources[0].quote = '9.33亿元 … 58.7万人次';
      r['household-policies.json'].links[0].sources = [{ source: 'book-diagram', quote: '未脱贫...十二项政策' }];
      r['overview.json'].links[0].evidence.quote = '兰考县脱贫⋯兰考';
    });
    const fund = entityIndex(realRaw() as Json, 'support-and-funding.json', 'fund-total');
    const literal = /joins fragments with " \/ " or "…"; expected the book's words exactly as printed/;
    expect(problems).toContainEqual(expect.stringMatching(/^campaign-map\.json: entities\[1\]\.sources\[1\]\.quote: /));
    expect(problems.find((p) => p.startsWith('campaign-map.json: entities[1].sources[1].quote: '))).toMatch(literal);
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^support-and-funding\\.json: entities\\[${fund}\\]\\.measures\\[2\\]\\.sources\\[0\\]\\.quote: `)),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^household-policies\.json: links\[0\]\.sources\[0\]\.quote: /));
    expect(problems).toContainEqual(expect.stringMatching(/^overview\.json: links\[0\]\.evidence\.quote: /));
  });

  it('asks a figure its sources do not write for its formula, and a sampled figure to say so', () => {
    let e = -1;
    const problems = mutate((r) => {
      e = entityIndex(r, 'support-and-funding.json', 'fund-total');
      delete r['support-and-funding.json'].entities[e].measures[2].derivation;
      delete r['exit-criteria.json'].entities[entityIndex(r, 'exit-criteria.json', 'crit-county-wrong-exit')].measures[1].qualifier;
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^support-and-funding\\.json: entities\\[${e}\\]\\.measures\\[2\\]\\.value: ` +
            "found 1589 元/人次, which none of its sources' quotes or notes writes; expected the figure as a source writes it, " +
            'or, for a figure computed from others, its formula in "derivation"',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^exit-criteria\.json: entities\[\d+\]\.measures\[1\]\.qualifier: found a source that says the figure comes from a sample \(抽样\); expected "qualifier": "sampled"/,
      ),
    );
  });

  it("asks every web source whether its title is the page's own or our description", () => {
    const problems = mutate((r) => delete r['sources.json'].sources[6].titleKind);
    expect(problems).toEqual([
      'sources.json: sources[6].titleKind: found nothing (the field is missing); expected a titleKind on a web source: ' +
        '"page" (the title is the page\'s own) or "description" (it is our description of the page)',
    ]);
  });
});

describe('evidenceProblems on a small fixture', () => {
  const book: Source = { id: 'book', type: 'book', title: '书' };
  const web: Source = { id: 'web', type: 'web', title: 'page', titleKind: 'description', url: 'https://example.org/' };
  const entity = (id: string, zh: string, quote: string, source = 'book'): Entity => ({
    id,
    kind: 'duty',
    label: { zh, en: id },
    confidence: 'verbatim',
    sources: [{ source, quote }],
  });
  const run = (entities: Entity[], links: Link[] = []) =>
    evidenceProblems({
      entities: new Map(entities.map((e) => [e.id, e])),
      where: new Map(entities.map((e, i) => [e.id, { file: 'f.json', path: `entities[${i}]` }])),
      links: links.map((l, index) => ({ ...l, file: 'f.json', index })),
      sources: [book, web],
    }).map((p) => `${p.file}: ${p.path}`);

  it('passes a label inside its quote and a link with a layout note', () => {
    const a = entity('a', '总负责', '书记县长总负责');
    const b = entity('b', '书记县长', '书记县长总负责');
    const evidence = { source: 'book', layout: { zh: '同一行', en: 'one line' } };
    const link: Link = { from: 'b', to: 'a', type: 'responsible-for', interpretive: false, evidence };
    expect(run([a, b], [link])).toEqual([]);
  });

  it('flags a verbatim label quoted only from a web page, and evidence with neither quote nor layout', () => {
    const a = entity('a', '总负责', '总负责', 'web');
    const b = entity('b', '书记', '书记');
    expect(run([a, b], [{ from: 'a', to: 'b', type: 'concerns', interpretive: false, evidence: { source: 'book' } }])).toEqual([
      'f.json: entities[0].label.zh',
      'f.json: links[0].evidence',
    ]);
  });

  it('leaves interpretive links and links to unknown entities alone (the latter are reported elsewhere)', () => {
    const a = entity('a', '书记', '书记');
    const links: Link[] = [
      { from: 'a', to: 'ghost', type: 'concerns', interpretive: false },
      { from: 'a', to: 'a', type: 'concerns', interpretive: true },
    ];
    expect(run([a], links)).toEqual([]);
  });
});
