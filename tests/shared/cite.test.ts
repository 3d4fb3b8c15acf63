// Citations as pure functions: one entry per work — the book ([M], its sections and where the book
// says they are), each public page ([EB/OL] with the day it was consulted), this site at its
// canonical address — in GB/T 7714-2015 and APA 7, as BibTeX and RIS, and the one-line reference
// used by the CSV files.
import { describe, expect, it } from 'vitest';
import { allOf, citeWorks, entitySources, isoDay, referenceFile, refsText, shortReference } from '../../src/shared/cite';
import { canonicalSiteUrl, citedAddress, DEFAULT_SITE_URL } from '../../src/shared/siteUrl';
import { builtInDataset } from '../../src/model/builtInDataset';
import { loadModel } from '../../src/model/validate';

const model = loadModel(builtInDataset());
const URL = 'https://example.org/lankao/?sel=fund-social&lang=en';
const src = (id: string) => model.sources.get(id)!;

describe('citeWorks', () => {
  it('cites the book as its own [M] entry and this site as its own [EB/OL] entry', () => {
    const [book, site, ...rest] = citeWorks({ sources: [src('book-diagram')], url: URL, accessed: '2026-11-30' });
    expect(rest).toEqual([]);
    expect(book!.kind).toBe('book');
    expect(book!.gbt).toBe(
      '国务院扶贫办 组织编写. 中国脱贫攻坚·兰考故事[M]. 北京: 研究出版社, 2020' +
        '（开篇 图「一张图看懂兰考脱贫」，目录：开篇自第1页起，未列此图页码）.',
    );
    expect(book!.apa).toBe(
      'State Council Leading Group Office of Poverty Alleviation and Development. (2020). Zhongguo tuopin gongjian: Lankao gushi ' +
        '[China’s Fight against Poverty: The Lankao Story] (Opening, diagram: “Lankao’s exit from poverty at a glance”, ' +
        'contents: the Opening starts on p. 1; no page given for the diagram). Yanjiu Chubanshe.',
    );
    expect(book!.gbt).not.toContain('EB/OL');
    expect(site!.kind).toBe('site');
    expect(site!.gbt).toBe(`一张图看懂兰考脱贫（交互版）[EB/OL]. [2026-11-30]. ${URL}.`);
    expect(site!.apa).toBe(
      `Lankao’s exit from poverty at a glance (interactive version) [一张图看懂兰考脱贫（交互版）]. (n.d.). Retrieved November 30, 2026, from ${URL}`,
    );
  });

  it('cites the book once however many of its sections an item draws on, and each public page as its own entry', () => {
    const refs = citeWorks({
      sources: [src('book-opening'), src('book-diagram'), src('web-takungpao-2017'), src('book-opening')],
      url: URL,
      accessed: '2026-01-05',
    });
    expect(refs.map((r) => r.kind)).toEqual(['book', 'web', 'site']);
    expect(refs[0]!.gbt).toContain('（开篇「兰考脱贫了」，目录：开篇自第1页起；开篇 图「一张图看懂兰考脱贫」');
    expect(refs[1]!.gbt).toBe('[大公网，2017年3月28日：兰考第三方评估结果][EB/OL]. [2026-01-05]. http://zy.takungpao.com/2017/0328/287498.html.');
    expect(refs[1]!.apa).toBe(
      '[大公网，2017年3月28日：兰考第三方评估结果] [Ta Kung Pao, 28 Mar 2017: results of Lankao’s third-party assessment]. (n.d.). ' +
        'Retrieved January 5, 2026, from http://zy.takungpao.com/2017/0328/287498.html',
    );
    expect(allOf(refs, 'gbt').split('\n\n')).toEqual(refs.map((r) => r.gbt));
  });

  it('writes BibTeX and RIS a reference manager imports: one record per work', () => {
    const refs = citeWorks({ sources: [src('book-opening'), src('web-scio-2021')], url: URL, accessed: '2026-01-05' });
    const bib = referenceFile(refs, 'bibtex');
    expect(bib.match(/^@\w+\{/gm)).toEqual(['@book{', '@online{', '@online{']);
    expect(bib).toContain('author = {{国务院扶贫办}}');
    expect(bib).toContain('isbn = {978-7-5199-0626-9}');
    expect(bib).toContain('urldate = {2026-01-05}');
    expect(bib).toContain(`url = {${URL}}`);
    // Every brace opened is closed: a field value cannot end its entry.
    expect(bib.split('{').length).toBe(bib.split('}').length);
    const ris = referenceFile(refs, 'ris');
    expect(ris.match(/^TY {2}- \w+$/gm)).toEqual(['TY  - BOOK', 'TY  - ELEC', 'TY  - ELEC']);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(3);
    expect(ris).toContain('PY  - 2020');
    expect(ris).toContain('Y2  - 2026-01-05');
    for (const line of ris.split('\n')) expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true);
  });

  it('names an entity’s sources once each, in its order', () => {
    const ids = entitySources(
      [{ source: 'book-opening' }, { source: 'web-kf-2022' }, { source: 'book-opening' }, { source: 'nope' }],
      model.sources,
    ).map((s) => s.id);
    expect(ids).toEqual(['book-opening', 'web-kf-2022']);
  });
});

describe('the canonical address', () => {
  it('is the build’s SITE_URL, with a documented default, and never a local or file address', () => {
    expect(canonicalSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(canonicalSiteUrl(' https://example.org/lankao/?x=1#y ')).toBe('https://example.org/lankao/');
    expect(() => canonicalSiteUrl('file:///home/me/dist-single/index.html')).toThrow(/SITE_URL: found the scheme "file:"/);
    expect(() => canonicalSiteUrl('http://127.0.0.1:4173/')).toThrow(/local address/);
    expect(() => canonicalSiteUrl('lankao')).toThrow(/expected an absolute web address/);
  });

  it('keeps the state of the page that was cited and nothing else', () => {
    expect(citedAddress('https://example.org/', '?sel=fund-social&lang=en&ds=abc&unit=wan&utm=x')).toBe(
      'https://example.org/?sel=fund-social&lang=en&unit=wan',
    );
    expect(citedAddress('https://example.org/', '')).toBe('https://example.org/');
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
