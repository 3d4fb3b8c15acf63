// A glossary rendering the page's own strings use with another meaning (src/model/rules/termClash.ts):
// named at the glossary term, with the file, key and line of each string that uses it otherwise.
import { describe, expect, it } from 'vitest';
import { renderingCore, termClashProblems, type UiText } from '../../../src/model/rules/termClash';
import type { GlossaryTerm } from '../../../src/model/rules/glossary';

const term = (zh: string, en: string): GlossaryTerm => ({ zh, en, explain: { zh: '释', en: 'gloss' } });
const ui = (key: string, zh: string, en: string, line = 1): UiText => ({ file: 'src/i18n/text.ts', key, line, zh, en });

describe('renderingCore', () => {
  it('drops the count and the articles, and folds plurals', () => {
    expect(renderingCore('five links')).toEqual(['link']);
    expect(renderingCore('the fight against poverty')).toEqual(['fight', 'against', 'poverty']);
    expect(renderingCore('four priorities')).toEqual(['priority']);
  });
});

describe('termClashProblems', () => {
  const strings = [
    ui('UI.links', '关联', 'Links', 51),
    ui('UI.detailsEmpty', '查看它的来源和关联。', 'See its sources and what it links to.', 39),
    ui('MAP.heading', '“五个衔接”深入推进', 'Deepening the five links', 7),
    ui('MAP.sub', '从脱贫攻坚向乡村振兴衔接', 'A link from the fight against poverty to rural revitalization', 8),
    ui('KIND.item', '紧扣事项', 'Work under a priority', 9),
  ];

  it('lets the words the term names in sameMeaningIn use its rendering, and still names the others', () => {
    const exit = (sameMeaningIn?: string[]): GlossaryTerm => ({ ...term('退出', 'exit'), ...(sameMeaningIn ? { sameMeaningIn } : {}) });
    const pages = [
      ui('UI.title', '一张图看懂兰考脱贫', 'Lankao’s exit from poverty at a glance', 3),
      ui('UI.leave', '离开演示', 'Exit the presentation', 4),
    ];
    expect(termClashProblems([exit()], pages)[0]!.message).toContain('UI.title');
    const problems = termClashProblems([exit(['脱贫'])], pages);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).not.toContain('UI.title');
    expect(problems[0]!.message).toContain('UI.leave');
  });

  it('names a rendering whose word the page uses for something else, at the glossary term, with each place', () => {
    const problems = termClashProblems([term('精准识别', 'identify the poor accurately'), term('五个衔接', 'five links')], strings);
    expect(problems).toEqual([
      {
        file: 'glossary.json',
        path: 'terms[1].en',
        message:
          'found "five links" for 五个衔接, whose "link" the page\'s own strings use with another meaning: ' +
          'src/i18n/text.ts UI.links (line 51): "关联" → "Links"; src/i18n/text.ts UI.detailsEmpty (line 39): "查看它的来源和关联。" → ' +
          '"See its sources and what it links to."; expected a rendering the page does not use for something else',
      },
    ]);
  });

  it('lets a string use the rendering where its Chinese holds the term, or the term without its count', () => {
    // 衔接 in MAP.sub is 五个衔接's own word; 紧扣事项 holds 紧扣, 四个紧扣 without its count.
    expect(termClashProblems([term('五个衔接', 'five links')], strings.slice(2))).toEqual([]);
    expect(termClashProblems([term('四个紧扣', 'four priorities')], strings)).toEqual([]);
  });

  it('passes a rendering the page does not use otherwise', () => {
    expect(termClashProblems([term('五个衔接', 'five transitions')], strings)).toEqual([]);
  });

  it('counts the places beyond the first three', () => {
    const many = [1, 2, 3, 4, 5].map((n) => ui(`K${n}`, '关联', 'Links', n));
    expect(termClashProblems([term('五个衔接', 'five links')], many)[0]!.message).toContain('and 2 more;');
  });
});
