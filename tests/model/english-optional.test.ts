// A dataset without English: opened in the page it shows its Chinese in the English view (each
// missing `en` filled from `zh`, counted for the header's note) instead of one error per text; the
// built-in data (the build, validate-data) still needs both languages.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { GRAPH_FILES } from '../../src/model/files';
import { realRaw } from '../helpers/data';

function withoutEnglish() {
  const raw = realRaw();
  let removed = 0;
  const strip = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(strip);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.zh === 'string' && typeof o.en === 'string') {
        delete o.en;
        removed++;
      }
      Object.values(o).forEach(strip);
    }
  };
  for (const f of GRAPH_FILES) strip(raw[f]);
  // Nothing in it is in English, so no quote has our translation either.
  (raw['quote-translations.json'] as { quotes: Record<string, unknown> }).quotes = {};
  return { raw, removed };
}

describe('English is optional for a dataset a reader opens', () => {
  it('is required by default (the built-in data): one problem per missing text', () => {
    const { raw, removed } = withoutEnglish();
    const problems = validateDataset(raw).problems;
    expect(removed).toBeGreaterThan(80);
    expect(problems.filter((p) => /\.en$/.test(p.path)).length).toBeGreaterThanOrEqual(removed);
  });

  it('without it, the Chinese stands in and is counted: no error for English the dataset never had', () => {
    const { raw, removed } = withoutEnglish();
    const result = validateDataset(raw, new Set(), { requireEnglish: false });
    expect(result.problems).toEqual([]);
    expect(result.model!.englishFromChinese).toBe(removed);
    const e = result.model!.entities.get('fund-special')!;
    expect(e.label.en).toBe(e.label.zh);
    // The reader's files are not changed by the check.
    expect((raw['support-and-funding.json'] as { section: { en?: string } }).section.en).toBeUndefined();
  });

  it('still checks the English a dataset does have', () => {
    const { raw } = withoutEnglish();
    const file = raw['campaign-map.json'] as { entities: { label: { zh: string; en?: string } }[] };
    const e = file.entities.find((x) => x.label.zh.includes('驻村工作队'))!;
    e.label.en = 'Resident work teams';
    const problems = validateDataset(raw, new Set(), { requireEnglish: false }).problems;
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('expected the glossary\'s rendering "village-based work team"'));
  });
});
