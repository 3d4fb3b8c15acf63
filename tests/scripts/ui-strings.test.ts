// The page's own English follows the glossary (scripts/lib/ui-strings.ts): every bilingual string
// table in src whose Chinese holds a glossary term uses the glossary's rendering. Checked over the
// real tree, and over planted wrong renderings, which must be named by file, key and line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualStrings, sourceFiles, uiGlossaryProblems, uiTermClashProblems } from '../../scripts/lib/ui-strings';
import type { GlossaryFile } from '../../src/model/rules/glossary';

const root = path.resolve(__dirname, '../..');
const { terms } = JSON.parse(fs.readFileSync(path.join(root, 'data/glossary.json'), 'utf8')) as GlossaryFile;
const files = sourceFiles(root);

// Parsing every source file takes a second alone and several on a loaded two-core machine (the whole
// suite in parallel): a generous timeout, so a slow machine is not read as a broken rule.
describe('UI strings follow the glossary', { timeout: 60_000 }, () => {
  it('finds the string tables of the whole app, the parts’ titles (their part.ts) included', () => {
    const all = files.flatMap((f) => bilingualStrings(f.file, f.text));
    expect(all.length).toBeGreaterThan(200);
    expect(all).toContainEqual(expect.objectContaining({ file: 'src/features/precision/part.ts', key: 'definePart().title', zh: '六个精准' }));
    expect(all).toContainEqual(expect.objectContaining({ file: 'src/i18n/text.ts', key: 'UI.title' }));
  });

  it('passes on the real tree', () => {
    expect(uiGlossaryProblems(files, terms).map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([]);
  });

  it('names the file, the key and the line of a planted wrong rendering in a real string table', () => {
    const real = files.find((f) => f.file === 'src/features/precision/part.ts')!;
    const planted = real.text.replace(/title: \{ zh: '六个精准', en: '[^']*' \}/, "title: { zh: '六个精准', en: 'Six precisions' }");
    expect(planted).not.toBe(real.text);
    const problems = uiGlossaryProblems([{ file: real.file, text: planted }], terms);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/features/precision/part.ts', path: 'definePart().title.en' });
    expect(problems[0]!.message).toMatch(
      /^found "Six precisions"; expected the glossary's rendering "targeted efforts in six areas" for 六个精准 \(glossary\.json terms\[\d+\]\) \(line \d+\)$/,
    );
  });

  it('reaches tables nested in objects, arrays, JSX attributes and calls, with their keys', () => {
    const text = [
      "export const A = { deep: { menu: [{ zh: '脱贫攻坚', en: 'the poverty campaign' }] } };",
      "export const B = () => <nav aria-label={tr({ zh: '驻村工作队', en: 'resident teams' }, lang)} />;",
      "const fine = { zh: '驻村工作队', en: 'Village-based work teams' };",
    ].join('\n');
    const problems = uiGlossaryProblems([{ file: 'src/planted.tsx', text }], terms);
    expect(problems.map((p) => p.path)).toEqual(['A.deep.menu[0].en', 'B.tr().en']);
    expect(problems[1]!.message).toContain('"village-based work team" for 驻村工作队');
    expect(problems[1]!.message).toContain('(line 2)');
  });

  it('lets a longer word that holds a term without meaning it pass, as the glossary’s notIn says', () => {
    const text = "const K = { item: { zh: '紧扣事项', en: 'Work under a priority' }, verb: { zh: '紧扣民生', en: 'Tied to livelihoods' } };";
    expect(uiGlossaryProblems([{ file: 'src/k.ts', text }], terms).map((p) => p.path)).toEqual(['K.verb.en']);
  });

  it('uses no glossary rendering with another meaning in the page’s own words; a planted one is named with the strings', () => {
    expect(uiTermClashProblems(files, terms)).toEqual([]);
    // The old rendering of 五个衔接: "links" is also the page's word for the lines between items (关联).
    const i = terms.findIndex((t) => t.zh === '五个衔接');
    const planted = terms.map((t, k) => (k === i ? { ...t, en: 'five links' } : t));
    const problems = uiTermClashProblems(files, planted);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'glossary.json', path: `terms[${i}].en` });
    expect(problems[0]!.message).toMatch(/^found "five links" for 五个衔接, whose "link" the page's own strings use with another meaning: /);
    expect(problems[0]!.message).toContain('src/features/campaign-map/text.ts MAP_TEXT.subtitle (line ');
    expect(problems[0]!.message).toContain('and 2 more;');
  });
});
