import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, loadModel, DataError } from '../../src/model/validate';
import { GRAPH_FILES } from '../../src/model/files';
import { realRaw } from '../helpers/data';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validateDataset on the real data', () => {
  it('accepts data/ and builds a model with every file’s entities', () => {
    const { model, problems } = validateDataset(realRaw());
    expect(problems).toEqual([]);
    expect(model!.sections.map((s) => s.file)).toEqual([...GRAPH_FILES]);
    expect(model!.entities.get('fund-total')!.measures!.find((m) => m.id === 'amount')!.value).toBe(9.33);
  });

  it('gives every entity both languages and at least one known source', () => {
    const model = loadModel(realRaw());
    for (const e of model.entityList) {
      expect(e.label.zh.trim(), e.id).not.toBe('');
      expect(e.label.en.trim(), e.id).not.toBe('');
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const r of e.sources) expect(model.sources.has(r.source), `${e.id} → ${r.source}`).toBe(true);
    }
  });

  it('keeps the printed text and a note on every reconstructed reading', () => {
    const model = loadModel(realRaw());
    const reconstructed = model.entityList.filter((e) => e.confidence === 'reconstructed');
    expect(reconstructed.length).toBeGreaterThan(10);
    for (const e of reconstructed) expect(e.note, e.id).toBeDefined();
  });

  it('funding parts add up to the total the book prints', () => {
    const model = loadModel(realRaw());
    const amount = (id: string) => model.entities.get(id)!.measures!.find((m) => m.id === 'amount')!.value;
    expect(amount('fund-special') + amount('fund-sector') + amount('fund-social')).toBeCloseTo(amount('fund-total'), 5);
  });
});

describe('validateDataset reports every problem with file, path and expectation', () => {
  const mutate = (fn: (raw: Json) => void) => {
    const raw = realRaw() as Json;
    fn(raw);
    return validateDataset(raw).problems.map(formatProblem);
  };

  it('names a missing English label', () => {
    expect(mutate((r) => delete r['leadership.json'].entities[0].label.en)).toContain(
      'leadership.json: entities[0].label.en: found nothing (the field is missing); expected text',
    );
  });

  it('names a link to an entity that does not exist, across files', () => {
    const problems = mutate((r) => r['campaign-map.json'].links.push({ from: 'cm-root', to: 'ghost', type: 'concerns', interpretive: true }));
    expect(
      problems.some((p) => /^campaign-map\.json: links\[\d+\]\.to: found "ghost", which no data file defines; expected an entity id$/.test(p)),
    ).toBe(true);
  });

  it('names a duplicate id with where it was first defined', () => {
    const problems = mutate((r) => r['history.json'].entities.push({ ...r['history.json'].entities[0], id: 'fund-special' }));
    expect(problems.join('\n')).toMatch(
      /history\.json: entities\[\d+\]\.id: found the id "fund-special" a second time \(first in support-and-funding\.json at entities\[\d+\]\); expected each id once/,
    );
  });

  it('names an unknown source and an entity without sources', () => {
    const problems = mutate((r) => {
      r['precision.json'].entities[0].sources = [{ source: 'nowhere' }];
      r['precision.json'].entities[1].sources = [];
    });
    expect(problems).toContain(
      'precision.json: entities[0].sources[0].source: found the source "nowhere", which sources.json does not list; expected a source id from sources.json',
    );
    expect(problems).toContain('precision.json: entities[1].sources: found a list of 0 item(s); expected at least one source');
  });

  it('checks that the funding parts add up', () => {
    const problems = mutate((r) => {
      r['support-and-funding.json'].entities.find((e: Json) => e.id === 'fund-social').measures[0].value = 2.5;
    });
    expect(problems.join('\n')).toMatch(
      /found parts that add up to 9\.85 亿元 \(4\.15 亿元 \+ 3\.2 亿元 \+ 2\.5 亿元\); expected the total 9\.33 亿元/,
    );
  });

  it('rejects unknown fields, kinds and non-http source addresses', () => {
    const problems = mutate((r) => {
      r['overview.json'].entities[0].colour = 'red';
      r['overview.json'].entities[1].kind = 'castle';
      r['sources.json'].sources[5].url = 'javascript:alert(1)';
    });
    expect(problems).toContain(
      'overview.json: entities[0]: found the field(s) "colour", which this file does not use; expected only the documented fields',
    );
    expect(problems.some((p) => p.startsWith('overview.json: entities[1].kind: found the text "castle"; expected one of "goal"'))).toBe(true);
    expect(problems).toContain(
      'sources.json: sources[5].url: found the text "javascript:alert(1)"; expected a web address starting with http:// or https://',
    );
  });

  it('checks presentation steps: a known part, and a panel state only where that panel has it', () => {
    const shape = mutate((r) => {
      r['presentation.json'].steps[0].panel = 'kitchen';
      r['presentation.json'].steps[2].state = { mapLevel: 7 };
    });
    expect(shape.some((p) => p.startsWith('presentation.json: steps[0].panel: found the text "kitchen"; expected one of "leadership"'))).toBe(true);
    expect(shape.some((p) => p.startsWith('presentation.json: steps[2].state.mapLevel:'))).toBe(true);
    const misplaced = mutate((r) => {
      r['presentation.json'].steps[1].state = { fundView: 'compare' };
    });
    expect(misplaced).toEqual([
      'presentation.json: steps[1].state.fundView: found a funding view on a "timeline" step; expected it only on a "funding" step',
    ]);
  });

  it('finds part-of cycles and second parents', () => {
    const problems = mutate((r) => {
      r['campaign-map.json'].links.push({ from: 'cm-root', to: 'cm-party-teams', type: 'part-of', interpretive: true });
      r['campaign-map.json'].links.push({ from: 'cm-party', to: 'cm-reform', type: 'part-of', interpretive: true });
    });
    const cycles = problems.filter((p) => p.includes('cycle'));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatch(/campaign-map\.json: links\[\d+\]: found a part-of cycle: .*; the link "cm-root" part-of "cm-party-teams" closes it/);
    expect(problems.join('\n')).toMatch(/found "cm-party" part of "cm-reform", but it is already part of "cm-root"; expected one parent per entity/);
  });

  it('gives a two-entity cycle exactly one message, naming the link that closes it', () => {
    const problems = mutate((r) => {
      r['campaign-map.json'].links.push({ from: 'cm-root', to: 'cm-party', type: 'part-of', interpretive: true });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^campaign-map\.json: links\[\d+\]: found a part-of cycle: cm-party → cm-root → cm-party; the link "cm-root" part-of "cm-party" closes it/,
    );
  });

  it('checks the intro of headline.json: its sources, its figures, and a translation of each book quote', () => {
    const msgs = mutate((r) => {
      const intro = r['headline.json'].intro;
      intro.sources.push({ source: 'no-such-book', quote: '兰考' });
      intro.sources.push({ source: 'book-preface', quote: '一句书中没有的话' });
      intro.figures[1] = { entity: 'fund-total', measure: 'nothing' };
      intro.figures[2] = { entity: 'nobody' };
    });
    expect(msgs).toContain(
      'headline.json: intro.sources[5].source: found the source "no-such-book", which sources.json does not list; expected a source id from sources.json',
    );
    expect(msgs).toContain(
      'headline.json: intro.figures[1].measure: found "nothing", which is not a measure of "fund-total"; expected one of its measures',
    );
    expect(msgs).toContain('headline.json: intro.figures[2].entity: found "nobody", which no data file defines; expected an entity id');
    expect(msgs.some((m) => m.startsWith('headline.json: intro.sources[6].quote: found no English translation of "一句书中没有的话"'))).toBe(true);
    // A translation only the intro cites is not orphaned; without the intro it is.
    expect(mutate((r) => delete r['headline.json'].intro)).toContain(
      'quote-translations.json: quotes["兰考坐落于黄河之滨"]: found a translation that nothing in the data cites (orphaned); expected a quote the data cites from the book, word for word',
    );
  });

  it('checks a glossary term’s aliases: their source and the item they mean', () => {
    const msgs = mutate((r) => {
      const term = r['glossary.json'].terms.find((t: Json) => t.zh === '六个精准');
      term.aliases.source = 'no-such-page';
      term.aliases.means = 'nobody';
    });
    const at = (msgs.find((m) => m.includes('.aliases.source')) ?? '').replace(/terms\[\d+\]/, 'terms[i]');
    expect(at).toBe(
      'glossary.json: terms[i].aliases.source: found "no-such-page", which sources.json does not list; expected a source id from sources.json',
    );
    expect(
      msgs.some((m) => /^glossary\.json: terms\[\d+\]\.aliases\.means: found "nobody", which no data file defines; expected an entity id$/.test(m)),
    ).toBe(true);
  });

  it('reports a missing file without follow-on errors, and lists all other problems at once in a DataError', () => {
    const raw = realRaw() as Json;
    delete raw['exit-criteria.json'];
    raw['headline.json'].headline.push({ entity: 'nobody' });
    raw['overview.json'].entities[0].colour = 'red';
    expect(() => loadModel(raw)).toThrow(DataError);
    try {
      loadModel(raw);
    } catch (e) {
      const msgs = (e as DataError).problems.map(formatProblem);
      // The unknown "nobody" may be defined in the missing file: saying it is not would mislead.
      expect(msgs).toEqual([
        'overview.json: entities[0]: found the field(s) "colour", which this file does not use; expected only the documented fields',
        'exit-criteria.json: (root): found no such file; expected the file to exist',
      ]);
    }
  });
});
