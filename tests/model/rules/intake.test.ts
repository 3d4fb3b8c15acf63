// Planted violations of the intake rules (src/model/rules/intake.ts): each named by file and place.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate';
import { realRaw } from '../../helpers/data';

type Obj = Record<string, unknown>;
const graphFile = (raw: Obj, file: string) => raw[file] as { entities: Array<Obj & { id: string; date?: string }> };

describe('a date range ends no earlier than it starts', () => {
  it('"2017/2014" is refused at its place; "2014/2017", "2014-03/2014" and "2016-05/2016-05-01" pass', () => {
    const raw = realRaw();
    const { entities } = graphFile(raw, 'history.json');
    const i = entities.findIndex((e) => e.date?.includes('/'));
    expect(i).toBeGreaterThanOrEqual(0);
    for (const ok of ['2014/2017', '2014-03/2014', '2016-05/2016-05-01', '2014/2014']) {
      entities[i]!.date = ok;
      expect(validateDataset(raw).problems, ok).toEqual([]);
    }
    entities[i]!.date = '2017/2014';
    expect(validateDataset(raw).problems).toEqual([
      {
        file: 'history.json',
        path: `entities[${i}].date`,
        message: 'found the range "2017/2014", whose end (2014) is before its start (2017); expected the earlier date first ("2014/2017")',
      },
    ]);
    entities[i]!.date = '2016-05-02/2016-05-01';
    expect(validateDataset(raw).problems.map((p) => `${p.file} ${p.path}`)).toEqual([`history.json entities[${i}].date`]);
  });
});

describe('direction controls are refused in text', () => {
  const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
  for (const ch of CONTROLS) {
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    it(`${code} in a label, named by file, place and character`, () => {
      const raw = realRaw();
      const e = graphFile(raw, 'leadership.json').entities[2]!;
      (e.label as { en: string }).en = `ab${ch}c`;
      expect(validateDataset(raw).problems).toContainEqual({
        file: 'leadership.json',
        path: 'entities[2].label.en',
        message: `found the invisible direction control ${code} at character 3 of the text; expected plain text (remove it: it makes text show in another order than it is written)`,
      });
    });
  }

  it('in a field name and in any file (the glossary, sources)', () => {
    const raw = realRaw();
    (raw['glossary.json'] as Obj)['\u202Eevil'] = 'x';
    const sources = (raw['sources.json'] as { sources: Array<{ title: string }> }).sources;
    sources[1]!.title = `\u2067${sources[1]!.title}`;
    const places = validateDataset(raw)
      .problems.filter((p) => p.message.includes('direction control'))
      .map((p) => `${p.file} ${p.path}`);
    expect(places).toEqual(expect.arrayContaining(['glossary.json \u202Eevil', 'sources.json sources[1].title']));
  });

  it('right-to-left text itself (Hebrew, Arabic) is welcome', () => {
    const raw = realRaw();
    (graphFile(raw, 'leadership.json').entities[2]!.label as { en: string }).en = 'עברית العربية';
    expect(validateDataset(raw).problems.filter((p) => p.message.includes('direction control'))).toEqual([]);
  });
});
