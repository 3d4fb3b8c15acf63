// @vitest-environment node
// The built-in start data carries no words of either language; each language is a module of its own
// (src/model/langTexts.ts), put back in place. Nothing may be lost or land in the wrong place.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import data from 'virtual:lankao-data';
import zh from 'virtual:lankao-lang-zh';
import en from 'virtual:lankao-lang-en';
import { checkDataDir } from '../../scripts/lib/data-dir';
import { splitLaterTexts } from '../../src/model/laterTexts';
import { restoreLanguage, splitLanguages } from '../../src/model/langTexts';
import { hasLanguage, loadLanguage } from '../../src/model/dataset';
import { PRERENDERED_STATES } from '../../src/prerender/state';

const ROOT = path.resolve(__dirname, '../..');
const noComments = <T>(v: T): T => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === '$comment' ? undefined : x))) as T;

/** Every { zh, en } of `v`, as [zh, en], in document order. */
function pairs(v: unknown, out: Array<[unknown, unknown]> = []): Array<[unknown, unknown]> {
  if (Array.isArray(v)) v.forEach((x) => pairs(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('zh' in o || 'en' in o) out.push([o.zh, o.en]);
    else Object.values(o).forEach((x) => pairs(x, out));
  }
  return out;
}

describe('the start data’s languages', () => {
  it('the start module holds no label in either language; each language module has one string per emptied place', () => {
    // First in this file: nothing has filled the module's data yet.
    expect(JSON.stringify(data)).not.toMatch(/"(zh|en)":/);
    expect(JSON.stringify(data)).toContain('"label":{}');
    expect(hasLanguage('zh')).toBe(false);
    expect(zh.length).toBe(en.length);
    expect(zh.length).toBeGreaterThan(200);
    expect(zh).toContain('兰考县');
    expect(en.some((s) => /Lankao/.test(s))).toBe(true);
  });

  it('the start part with both languages put back is the validated data’s start part, field for field and in order', async () => {
    const checked = checkDataDir(path.join(ROOT, 'data')).data;
    expect(checked).toBeTruthy();
    // As the build makes it (scripts/lib/data-plugin.ts): the glossary and quote translations apart, then the later texts.
    const { glossary: _g, quoteTranslations: _q, ...graphData } = noComments(checked!);
    const { start } = splitLaterTexts(graphData);
    // English first, then Chinese: the order of arrival does not matter.
    await loadLanguage('en');
    expect(hasLanguage('en')).toBe(true);
    expect(hasLanguage('both')).toBe(false);
    expect(pairs(data).every(([z, e]) => z === undefined && typeof e === 'string')).toBe(true);
    await loadLanguage('zh');
    expect(hasLanguage('both')).toBe(true);
    expect(data).toEqual(start);
    expect(JSON.stringify(data)).toBe(JSON.stringify(start));
  });

  it('splitting and restoring round-trip; restoring again changes nothing; texts added later are not mistaken for places', () => {
    const sample = {
      a: { label: { zh: '甲', en: 'A' }, n: 1, list: [{ note: { zh: '乙', en: 'B' } }, { label: { zh: '丙', en: 'C' } }] },
      b: [{ zh: '丁', en: 'D' }],
    };
    const copy = structuredClone(sample);
    const texts = splitLanguages(copy);
    expect(texts).toEqual({ zh: ['甲', '乙', '丙', '丁'], en: ['A', 'B', 'C', 'D'] });
    expect(copy.a.label).toEqual({});
    restoreLanguage(copy, 'zh', texts.zh);
    // A later text (a description, model/laterTexts.ts) arrives between the two languages.
    Object.assign(copy.a, { description: { zh: '说明', en: 'Description' } });
    restoreLanguage(copy, 'en', texts.en);
    restoreLanguage(copy, 'en', texts.en);
    expect(copy).toEqual({ ...sample, a: { ...sample.a, description: { zh: '说明', en: 'Description' } } });
    expect(Object.keys(copy.a.label)).toEqual(['zh', 'en']);
  });

  it('refuses what it could not put back: an empty object in the data, a table of the wrong length', () => {
    expect(() => splitLanguages({ a: { zh: '甲', en: 'A' }, b: {} })).toThrow(/empty object/);
    const copy = { a: { zh: '甲', en: 'A' }, b: [{ zh: '乙', en: 'B' }] };
    splitLanguages(copy);
    expect(() => restoreLanguage(copy, 'zh', ['甲'])).toThrow(/1 strings for 2 places/);
  });
});

describe('the first picture needs only its own language', () => {
  it('each prerendered page renders the same from its language’s words alone as from both', { timeout: 120_000 }, async () => {
    for (const state of PRERENDERED_STATES) {
      // Fresh modules: the start data with no words in it yet.
      vi.resetModules();
      const { renderApp } = await import('../../src/entry-server');
      const dataset = await import('../../src/model/dataset');
      const alone = await renderApp(state);
      const other = state.lang === 'zh' ? 'en' : 'zh';
      expect(dataset.hasLanguage(other), state.lang).toBe(false);
      // The data that page was rendered from held no word of the other language.
      const fresh = (await import('virtual:lankao-data')).default;
      expect(JSON.stringify(fresh)).not.toContain(`"${other}":`);
      expect(JSON.stringify(fresh)).toContain(`"${state.lang}":`);
      await dataset.loadLanguage('both');
      expect(await renderApp(state), state.lang).toBe(alone);
      expect(alone.length).toBeGreaterThan(10_000);
    }
  });
});
