// The rules on `printed` (src/model/rules/printed.ts): a printed text joins no fragments, and a
// verbatim label has no printed text that differs from it. Each planted violation in a copy of the
// real data fails validation with its file, its place and what was expected.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/model/validate';
import { printedProblems } from '../../../src/model/rules/printed';
import type { Entity, Source } from '../../../src/model/schema';
import { realRaw } from '../../helpers/data';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mutate = (fn: (raw: Json) => void) => {
  const raw = realRaw() as Json;
  fn(raw);
  return validateDataset(raw).problems.map(formatProblem);
};
const at = (raw: Json, file: string, id: string) => raw[file].entities.findIndex((e: Json) => e.id === id);
const entityIn = (raw: Json, file: string, id: string) => raw[file].entities[at(raw, file, id)];
const index = (file: string, id: string) => at(realRaw() as Json, file, id);

describe('printed rules on the real data', () => {
  it('the data passes them', () => {
    expect(mutate(() => {})).toEqual([]);
  });

  it('names a printed text that joins two printed lines with " / " or "…"', () => {
    const problems = mutate((r) => {
      entityIn(r, 'campaign-map.json', 'cm-stable-mainline-theme').printed = '以脱贫攻坚促发展 / 全局为主线';
      entityIn(r, 'leadership.json', 'leader-deputy-secretary').printed = '副书 … 书记';
    });
    const theme = index('campaign-map.json', 'cm-stable-mainline-theme');
    const deputy = index('leadership.json', 'leader-deputy-secretary');
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^campaign-map\\.json: entities\\[${theme}\\]\\.printed: found "以脱贫攻坚促发展 / 全局为主线", which joins fragments with " / " or "…"; ` +
            'expected the text exactly as printed — one printed line, or the printed lines separated by a line break',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^leadership\\.json: entities\\[${deputy}\\]\\.printed: found "副书 … 书记", which joins`)),
    );
  });

  it('accepts printed lines kept as lines, and a slash the book prints (shown by a quote of the entity)', () => {
    const problems = mutate((r) => {
      expect(entityIn(r, 'campaign-map.json', 'cm-stable-mainline-theme').printed).toBe('以脱贫攻坚促发展\n全局为主线');
      const insurance = entityIn(r, 'household-policies.json', 'policy-insurance');
      expect(insurance.sources[0].quote).toBe('1. 保险(财产/人身意外/农作物)');
      insurance.confidence = 'reconstructed';
      insurance.printed = '保险（财产 / 人身意外 / 农作物）';
      insurance.note = { zh: '测试', en: 'test' };
    });
    expect(problems).toEqual([]);
  });

  it('names a verbatim label with a printed text that differs from it', () => {
    const problems = mutate((r) => {
      entityIn(r, 'household-policies.json', 'policy-education').confidence = 'verbatim';
    });
    const i = index('household-policies.json', 'policy-education');
    expect(problems).toContain(
      `household-policies.json: entities[${i}].printed: found the printed text "除享受上述政策外还享受教育扶贫" on a verbatim label "教育扶贫"; ` +
        'expected no printed text that differs from a verbatim label — a label not printed that way is "reconstructed", with a note',
    );
  });

  it('lets a verbatim label keep a printed text that differs only in width or whitespace', () => {
    const problems = mutate((r) => {
      const e = entityIn(r, 'exit-criteria.json', 'exit-county');
      expect(e.confidence).toBe('verbatim');
      e.printed = '贫困县退出 “三率一度”';
    });
    expect(problems).toEqual([]);
  });
});

describe('printedProblems on a small fixture', () => {
  const book: Source = { id: 'book', type: 'book', title: '书' };
  const web: Source = { id: 'web', type: 'web', title: 'page', titleKind: 'description', url: 'https://example.org/' };
  const run = (e: Partial<Entity>) => {
    const entity: Entity = { id: 'a', kind: 'duty', label: { zh: '甲乙', en: 'A' }, confidence: 'reconstructed', sources: [], ...e };
    return printedProblems({
      entities: new Map([['a', entity]]),
      where: new Map([['a', { file: 'f.json', path: 'entities[0]' }]]),
      sources: [book, web],
    }).map((p) => p.path);
  };

  it('flags "…", "..." and " / " that no book quote of the entity shows', () => {
    expect(run({ printed: '甲…乙', sources: [{ source: 'book', quote: '甲' }] })).toEqual(['entities[0].printed']);
    expect(run({ printed: '甲...乙', sources: [{ source: 'book', quote: '甲' }] })).toEqual(['entities[0].printed']);
    expect(run({ printed: '甲 / 乙', sources: [{ source: 'web', quote: '甲 / 乙' }] })).toEqual(['entities[0].printed']);
  });

  it('accepts a slash inside the book quote, and a plain slash inside a word', () => {
    expect(run({ printed: '甲 / 乙', sources: [{ source: 'book', quote: '丙甲/乙丁' }] })).toEqual([]);
    expect(run({ printed: '教育/医疗', sources: [] })).toEqual([]);
  });

  it('flags a verbatim label whose printed text differs, but not one that is the same', () => {
    expect(run({ confidence: 'verbatim', printed: '甲乙丙' })).toEqual(['entities[0].printed']);
    expect(run({ confidence: 'verbatim', printed: '甲 乙' })).toEqual([]);
  });
});
