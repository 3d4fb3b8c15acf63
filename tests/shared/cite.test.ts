// Citations as pure functions: the book in GB/T 7714-2015 and APA with the page's state, a public
// page, and the one-line reference used by the CSV files.
import { describe, expect, it } from 'vitest';
import { citeSource, isoDay, refsText, shortReference } from '../../src/shared/cite';
import { builtInDataset } from '../../src/model/dataset';
import { loadModel } from '../../src/model/validate';

const model = loadModel(builtInDataset());
const URL = 'https://example.org/lankao/?sel=fund-social&lang=en';

describe('citeSource', () => {
  it('cites a book section in GB/T 7714-2015 and APA, followed by the page address with its state', () => {
    const c = citeSource({ source: model.sources.get('book-diagram')!, url: URL, accessed: '2026-11-30' });
    expect(c.gbt).toBe(
      '国务院扶贫办. 中国脱贫攻坚·兰考故事[M]. 北京: 研究出版社, 2020（开篇 图「一张图看懂兰考脱贫」）. ' +
        `一张图看懂兰考脱贫（交互版）[EB/OL]. [2026-11-30]. ${URL}.`,
    );
    expect(c.apa).toBe(
      'State Council Leading Group Office of Poverty Alleviation and Development. (2020). Zhongguo tuopin gongjian: Lankao gushi ' +
        '[China’s Fight against Poverty: The Lankao Story] (Opening, diagram: “Lankao’s exit from poverty at a glance”). Yanjiu Chubanshe. ' +
        `Interactive version: Lankao’s exit from poverty at a glance. Retrieved November 30, 2026, from ${URL}`,
    );
  });

  it('cites a public page by its title (with our English title) and address', () => {
    const c = citeSource({ source: model.sources.get('web-takungpao-2017')!, url: URL, accessed: '2026-01-05' });
    expect(c.gbt).toMatch(
      /^大公网，2017年3月28日：兰考第三方评估结果\[EB\/OL\]\. \[2026-01-05\]\. http:\/\/zy\.takungpao\.com\/2017\/0328\/287498\.html\. /,
    );
    expect(c.apa).toMatch(
      /^大公网，2017年3月28日：兰考第三方评估结果 \[Ta Kung Pao, 28 Mar 2017: results of Lankao’s third-party assessment\]\. http/,
    );
    expect(c.apa).toContain('Retrieved January 5, 2026');
  });
});

describe('references in tables and CSV', () => {
  it('names organiser, title, publisher, year and section in both languages', () => {
    const book = model.sources.get('book-opening')!;
    expect(shortReference(book, 'zh')).toBe('国务院扶贫办 组织编写《中国脱贫攻坚·兰考故事》，研究出版社，2020，开篇「兰考脱贫了」');
    expect(shortReference(book, 'en')).toBe(
      'State Council Leading Group Office of Poverty Alleviation and Development, China’s Fight against Poverty: The Lankao Story (《中国脱贫攻坚·兰考故事》), Yanjiu Chubanshe, 2020, Opening: “Lankao is out of poverty”',
    );
  });

  it('puts our translation of a quote first in English and keeps the original', () => {
    expect(refsText(model, [{ source: 'book-diagram', quote: '书记县长总负责' }], 'en')).toBe(
      'China’s Fight against Poverty: The Lankao Story, Opening, diagram: “Lankao’s exit from poverty at a glance”: ' +
        '“The Party secretary and the county head bear overall responsibility” (our translation; original: “书记县长总负责”)',
    );
    expect(refsText(model, [{ source: 'book-diagram', quote: '书记县长总负责' }], 'zh')).toBe(
      '《中国脱贫攻坚·兰考故事》开篇 图「一张图看懂兰考脱贫」：“书记县长总负责”',
    );
  });

  it('writes the day in the reader’s time zone as YYYY-MM-DD', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
