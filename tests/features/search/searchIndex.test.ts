// Search over the real data with the real pinyin reading: what each kind of query finds first.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, editDistance, parseQuery, search, stem, type PinyinOf } from '../../../src/features/search/searchIndex';
import { pinyinOf } from '../../../src/features/search/pinyin';
import { panelOf } from '../../../src/features/search/panelOf';
import { realGraph } from '../../helpers/data';
import type { Entity } from '../../../src/model/schema';

const graph = realGraph();
const index = buildSearchIndex(graph.model.entityList, pinyinOf, (id) => panelOf(graph.model, id));
const top = (q: string) => search(index, q)[0]?.id;
const ids = (q: string) => search(index, q).map((r) => r.id);

describe('search over the real data', () => {
  it('finds by Chinese, whole label first, then labels that contain it', () => {
    expect(top('创新金融扶贫')).toBe('cm-reform-models-finance');
    expect(top('兜底户')).toBe('status-safety-net');
    expect(ids('金融')).toEqual(expect.arrayContaining(['cm-reform-models-finance', 'duty-finance']));
  });

  it('finds by English, case-insensitive, a word start before a word inside', () => {
    expect(top('rain and dew')).toBe('policy-rain-dew');
    expect(top('ORPHANS')).toBe('cat-orphans');
    const r = search(index, 'toilet');
    expect(r.length).toBeGreaterThanOrEqual(4);
    expect(r.every((x) => x.field === 'en')).toBe(true);
  });

  it('finds by pinyin without tones, with or without spaces, on syllable boundaries only', () => {
    expect(top('yulu jihua')).toBe('policy-rain-dew');
    expect(top('yulujihua')).toBe('policy-rain-dew');
    expect(top('chuangxin jinrong')).toBe('cm-reform-models-finance');
    // "un" is inside zhǔn but starts no syllable
    expect(search(index, 'un').some((r) => r.field === 'pinyin')).toBe(false);
  });

  it('finds by pinyin with tone marks or tone numbers, and the tone must agree', () => {
    expect(top('yǔlù jìhuà')).toBe('policy-rain-dew');
    expect(top('yu3lu4 ji4hua4')).toBe('policy-rain-dew');
    expect(ids('yùlù jìhuà')).not.toContain('policy-rain-dew');
  });

  it('finds by initials', () => {
    expect(top('cxjrfp')).toBe('cm-reform-models-finance');
    expect(top('yljh')).toBe('policy-rain-dew');
    expect(ids('jyl')).toContain('ev-1962-jiao-yulu');
  });

  it('finds by the words of a source quote, and says which quote', () => {
    // Words that stand only in a quote (not in a label or the printed text).
    const r = search(index, '视察指导');
    expect(r[0]).toMatchObject({ id: 'ev-2014-03-visit', field: 'source' });
    expect(r[0]!.quote).toContain('视察指导');
  });

  it('includes the folded campaign-map nodes and every data file', () => {
    expect(top('三联三全覆盖')).toBe('cm-party-teams-coverage');
    expect(top('四面红旗村')).toBe('cm-party-incentives-red-flags');
    expect(index.entries).toHaveLength(graph.model.entityList.length);
    expect(new Set(index.entries.map((e) => e.panel))).toEqual(
      new Set(['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline']),
    );
  });

  it('finds every entity by its own Chinese and English label', () => {
    for (const e of graph.model.entityList) {
      expect(ids(e.label.zh).slice(0, 20), e.id).toContain(e.id);
      expect(ids(e.label.en).slice(0, 20), e.id).toContain(e.id);
    }
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });
});

describe('query shapes and ranking (tiny fixture)', () => {
  const fake: PinyinOf = (t) => {
    const table: Record<string, [string, string, string]> = {
      精: ['jīng', 'jing', 'jing1'],
      准: ['zhǔn', 'zhun', 'zhun3'],
      扶: ['fú', 'fu', 'fu2'],
      贫: ['pín', 'pin', 'pin2'],
    };
    const hits = [...t].map((c) => table[c]).filter((x) => x !== undefined);
    return { toned: hits.map((h) => h[0]), plain: hits.map((h) => h[1]), numbered: hits.map((h) => h[2]) };
  };
  const entity = (id: string, zh: string, en: string, quote?: string): Entity => ({
    id,
    kind: 'duty',
    label: { zh, en },
    confidence: 'verbatim',
    sources: [{ source: 'book', ...(quote ? { quote } : {}) }],
  });
  const small = buildSearchIndex(
    [
      entity('a', '精准扶贫', 'Targeted poverty alleviation'),
      entity('b', '扶贫', 'Poverty alleviation', '精准扶贫 in a quote'),
      entity('c', '其他', 'Other'),
    ],
    fake,
    () => 'x',
  );

  it('reads the shape of a query', () => {
    expect(parseQuery('JZFP')).toMatchObject({ shape: 'pinyin', pinyin: 'jzfp' });
    expect(parseQuery('jīng zhǔn')).toMatchObject({ shape: 'toned', pinyin: 'jīngzhǔn' });
    expect(parseQuery('jing1 zhun3')).toMatchObject({ shape: 'numbered', pinyin: 'jing1zhun3' });
    expect(parseQuery('精准')).toMatchObject({ shape: 'text' });
    expect(parseQuery('ＪＺＦＰ')).toMatchObject({ shape: 'pinyin', pinyin: 'jzfp' });
  });

  it('jzfp → 精准扶贫 by initials; a whole label beats a longer one and a quote', () => {
    expect(search(small, 'jzfp').map((r) => [r.id, r.field])).toEqual([['a', 'initials']]);
    expect(search(small, '扶贫').map((r) => r.id)).toEqual(['b', 'a']);
    expect(search(small, '精准扶贫').map((r) => [r.id, r.field])).toEqual([
      ['a', 'zh'],
      ['b', 'source'],
    ]);
  });

  it('words of a multi-word query may match apart, each must match', () => {
    expect(search(small, '扶贫 targeted').map((r) => r.id)).toEqual(['a']);
    expect(search(small, '扶贫 nothing')).toEqual([]);
  });
});

describe('pinyin reading', () => {
  it('derives the toneless and tone-numbered forms from the marks, ü typed as v', async () => {
    const { pinyinOf: read } = await import('../../../src/features/search/pinyin');
    const { toneless, toneNumbered } = await import('../../../src/features/search/reading');
    expect(read('精准扶贫')).toEqual({
      toned: ['jīng', 'zhǔn', 'fú', 'pín'],
      plain: ['jing', 'zhun', 'fu', 'pin'],
      numbered: ['jing1', 'zhun3', 'fu2', 'pin2'],
    });
    expect(read('1+2+3 绿')).toEqual({ toned: ['lǜ'], plain: ['lv'], numbered: ['lv4'] });
    expect(toneless('nǚ')).toBe('nv');
    expect(toneNumbered('de')).toBe('de');
  });
});

describe('word forms, aliases and typos (issue 22)', () => {
  const withGlossary = buildSearchIndex(graph.model.entityList, pinyinOf, (id) => panelOf(graph.model, id), graph.model.glossary);
  const first = (q: string) => search(withGlossary, q)[0];

  it('stems plurals and common endings', () => {
    expect(['secretaries', 'teams', 'funding', 'funds', 'boxes', 'process', 'census'].map(stem)).toEqual([
      'secretary',
      'team',
      'fund',
      'fund',
      'box',
      'process',
      'census',
    ]);
  });

  it('counts an adjacent swap as one edit and gives up past the limit', () => {
    expect(editDistance('tiolet', 'toilet', 2)).toBe(1);
    expect(editDistance('secretery', 'secretary', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('finds an item by a glossary alias, the item the alias means first, and says which alias', () => {
    expect(first('第一书记')).toMatchObject({ id: 'precision-personnel', field: 'alias', alias: '第一书记' });
    expect(first('poverty rate')?.id).toBe('crit-county-incidence');
    expect(search(withGlossary, 'poverty rate').map((r) => r.id)).toEqual(expect.arrayContaining(['ev-2016-incidence', 'crit-village-incidence']));
    // Without the glossary the same words miss the item: the aliases are what finds it.
    expect(search(index, '第一书记').map((r) => r.id)).not.toContain('precision-personnel');
    expect(search(index, 'poverty rate')[0]?.id).not.toBe('crit-county-incidence');
  });

  it('reads hyphens as spaces and word forms alike, and tolerates a typo only when nothing matched as typed', () => {
    expect(first('poverty alleviation funds')?.id).toBe('fund-total');
    expect(first('first secretery')).toMatchObject({ id: 'precision-personnel', field: 'fuzzy' });
    // A word typed right is never outranked by a near spelling.
    expect(search(withGlossary, 'toilet').every((r) => r.field !== 'fuzzy')).toBe(true);
    expect(search(withGlossary, 'zzzzqqq')).toEqual([]);
  });
});
