// The English rules as pure functions: which glossary terms a Chinese text holds, whether the
// English renders them as the glossary says, and the quote-translation bookkeeping.
import { describe, expect, it } from 'vitest';
import { checkEnglish, normalizeEnglish, renderingProblems, termsIn, type GlossaryTerm } from '../../../src/model/rules/glossary';
import { validateDataset } from '../../../src/model/validate';
import { realRaw } from '../../helpers/data';

const term = (zh: string, en: string, notIn?: string[]): GlossaryTerm => ({
  zh,
  en,
  explain: { zh: '释', en: 'gloss' },
  ...(notIn ? { notIn } : {}),
});
const TERMS = [
  term('紧扣', 'centered on'),
  term('四个紧扣', 'four priorities'),
  term('驻村工作队', 'village-based work team'),
  term('五个衔接', 'five links', ['第五个衔接']),
];

describe('termsIn', () => {
  it('finds terms left to right, the longer term winning where two nest', () => {
    const hits = termsIn('四个紧扣：紧扣党建，组建驻村工作队', TERMS);
    expect(hits.map((h) => h.term.zh)).toEqual(['四个紧扣', '紧扣', '驻村工作队']);
    expect(hits[1]!.start).toBe(5);
  });

  it('does not count a term inside a word listed in notIn', () => {
    expect(termsIn('第五个衔接（标题无法辨认）', TERMS)).toEqual([]);
    expect(termsIn('“五个衔接”深入推进', TERMS).map((h) => h.term.zh)).toEqual(['五个衔接']);
  });
});

describe('renderingProblems', () => {
  it('accepts the rendering in any letter case, with hyphens or curly quotes', () => {
    expect(normalizeEnglish('Village‑Based  work-teams')).toBe('village based work teams');
    expect(renderingProblems({ zh: '驻村工作队', en: 'Village-based work teams' }, TERMS, 'f.json', 'entities[0].label')).toEqual([]);
  });

  it('names the file, the place and the expected rendering when a term is rendered another way', () => {
    expect(renderingProblems({ zh: '紧扣民生改善', en: 'Closely tied to livelihoods' }, TERMS, 'four-focuses.json', 'entities[9].label')).toEqual([
      {
        file: 'four-focuses.json',
        path: 'entities[9].label.en',
        message: 'found "Closely tied to livelihoods"; expected the glossary\'s rendering "centered on" for 紧扣 (glossary.json terms[0])',
      },
    ]);
  });
});

describe('checkEnglish over the real data', () => {
  it('passes on data/ and hands the glossary and translations to the model', () => {
    const { model, problems } = validateDataset(realRaw());
    expect(problems).toEqual([]);
    expect(model!.glossary.length).toBeGreaterThan(20);
    expect(model!.quoteTranslations.get('书记县长总负责')?.by).toBe('our translation');
  });

  it('rejects a planted rendering, a missing translation and an orphaned one, each with its place', () => {
    const raw = realRaw();
    const lead = raw['leadership.json'] as { entities: { id: string; label: { en: string } }[] };
    const i = lead.entities.findIndex((e) => e.id === 'principle-joint-management');
    lead.entities[i]!.label.en = 'Joint Party–government management';
    const quotes = (raw['quote-translations.json'] as { quotes: Record<string, unknown> }).quotes;
    delete quotes['书记县长总负责'];
    quotes['书中没有的一句话'] = { en: 'A sentence the book does not have', by: 'our translation' };
    const { problems } = validateDataset(raw);
    const lines = problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^leadership\\.json: entities\\[${i}\\]\\.label\\.en: found "Joint Party–government management"; expected the glossary's rendering "Party and government jointly in charge" for 党政齐抓共管`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^leadership\.json: entities\[\d+\]\.sources\[0\]\.quote: found no English translation of "书记县长总负责" \(also cited at 2 other place\(s\)\); expected our translation in quote-translations\.json/,
      ),
    );
    // One missing translation is one message, however many places cite the quote.
    expect(lines.filter((l) => l.includes('书记县长总负责'))).toHaveLength(1);
    expect(lines).toContainEqual(
      'quote-translations.json: quotes["书中没有的一句话"]: found a translation that nothing in the data cites (orphaned); expected a quote the data cites from the book, word for word',
    );
  });

  it('checks a short English form like the label: it keeps the glossary rendering of each term in the Chinese label', () => {
    const raw = realRaw();
    const lead = raw['leadership.json'] as { entities: { id: string; short?: { en: string } }[] };
    const i = lead.entities.findIndex((e) => e.id === 'leader-npc-director');
    expect(lead.entities[i]!.short?.en).toBe('People’s Congress Standing Committee director');
    lead.entities[i]!.short = { en: 'NPC director' };
    const lines = validateDataset(raw).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^leadership\\.json: entities\\[${i}\\]\\.short\\.en: found "NPC director"; expected the glossary's rendering "People’s Congress Standing Committee" for 人大常委会`,
        ),
      ),
    );
  });

  it('ignores quotes from public pages (they are not the book)', () => {
    const raw = {
      'x.json': { entities: [{ sources: [{ source: 'web-a', quote: '网页' }] }], links: [] },
      'glossary.json': { terms: [term('紧扣', 'centered on')] },
      'quote-translations.json': { quotes: {} },
    };
    const r = checkEnglish(raw, {
      graphFiles: ['x.json'],
      sourceType: (id) => (id.startsWith('web') ? 'web' : 'book'),
      parse: (schema, file) => schema.parse(raw[file as keyof typeof raw]),
    });
    expect(r.problems).toEqual([]);
  });
});
