import { describe, expect, it } from 'vitest';
import { buildGraph, relatedTo, type EntityGraph } from '../../../src/core/graph';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { loadModel, type RawDataset } from '../../../src/model/validate';
import type { GraphFile } from '../../../src/model/schema';
import {
  buildFundingOption,
  convert,
  derivationText,
  fundingData,
  fundingTable,
  scaleOf,
  shareText,
  withUnit,
  type FundDatum,
} from '../../../src/features/funding/funding';
import { csvCell, csvFileName, fundingCsv, fundingCsvTable } from '../../../src/features/funding/csv';

const graph = buildGraph(loadModel(builtInDataset()));
const data = fundingData(graph);
const PARTS = ['fund-special', 'fund-sector', 'fund-social'];

function graphWith(edit: (file: GraphFile) => void): EntityGraph {
  const raw = structuredClone(builtInDataset()) as RawDataset;
  edit(raw['support-and-funding.json'] as GraphFile);
  return buildGraph(loadModel(raw));
}

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('fundingData', () => {
  it('reads the total, its three parts in the book’s order and the support type each funds', () => {
    expect(data.total.id).toBe('fund-total');
    expect(data.amount.value).toBe(9.33);
    expect(data.beneficiaries?.value).toBe(58.7);
    expect(data.parts.map((p) => [p.id, p.amount.value, p.supportTypes.map((s) => s.id)])).toEqual([
      ['fund-special', 4.15, ['support-special']],
      ['fund-sector', 3.2, ['support-sector']],
      ['fund-social', 1.98, ['support-social']],
    ]);
  });

  it('computes the shares of the total (44.5% / 34.3% / 21.2%) and checks that the parts add up', () => {
    expect(data.parts.map((p) => shareText(p.share))).toEqual(['44.5%', '34.3%', '21.2%']);
    expect(data.parts.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 10);
    expect(data.partsSum).toBeCloseTo(9.33, 10);
  });

  it('follows the data: changed amounts change the shares', () => {
    const g = graphWith((f) => {
      // Figures the book does not print must say how they were obtained (validation asks for it).
      Object.assign(f.entities.find((e) => e.id === 'fund-social')!.measures![0]!, { value: 2.65, derivation: 'test figure' });
      Object.assign(f.entities.find((e) => e.id === 'fund-total')!.measures![0]!, { value: 10, derivation: 'test figure' });
    });
    expect(fundingData(g).parts.map((p) => shareText(p.share))).toEqual(['41.5%', '32.0%', '26.5%']);
  });
});

describe('units', () => {
  it('converts 亿元 to 万元 and to yuan per beneficiary-time (derived)', () => {
    const special = data.parts[0]!.amount;
    expect(convert(special, 'yi', data.beneficiaries)).toBeCloseTo(4.15, 10);
    expect(convert(special, 'wan', data.beneficiaries)).toBeCloseTo(41500, 6);
    expect(Math.round(convert(special, 'per', data.beneficiaries))).toBe(707);
    // The total per beneficiary agrees with the data's own derived figure.
    expect(Math.round(convert(data.amount, 'per', data.beneficiaries))).toBe(data.perBeneficiary!.value);
  });

  it('shows how the per-beneficiary figure is computed', () => {
    expect(derivationText(data.amount, data.beneficiaries!, 'zh')).toBe('9.33 亿元 ÷ 58.7 万人次 = 933,000,000 元 ÷ 587,000 人次 ≈ 1,589 元/人次');
    expect(derivationText(data.parts[2]!.amount, data.beneficiaries!, 'en')).toContain('≈ 337 yuan per person-time');
    // The formula writes each amount as the book prints it: 3.20, not 3.2.
    expect(derivationText(data.parts[1]!.amount, data.beneficiaries!, 'zh')).toMatch(/^3\.20 亿元 ÷ 58\.7 万人次 = /);
  });

  it('refuses a unit it does not know rather than guessing', () => {
    expect(() => scaleOf('美元')).toThrow(/unknown unit/);
  });
});

describe('fundingTable', () => {
  it('lists the parts and the total with the amount, share, period, support type and sources', () => {
    const t = fundingTable(graph, data, 'yi', 'zh');
    expect(t.headers).toEqual(['类别', '金额 (亿元)', '占总额', '时期', '扶贫方式', '来源']);
    expect(t.rows.map((r) => r.id)).toEqual([...PARTS, 'fund-total']);
    expect(t.rows.map((r) => r.cells.slice(0, 5))).toEqual([
      ['专项扶贫资金', '4.15', '44.5%', '2014–2016', '专项扶贫'],
      ['行业扶贫资金', '3.20', '34.3%', '2014–2016', '行业扶贫'],
      ['社会扶贫资金', '1.98', '21.2%', '2014–2016', '社会扶贫'],
      // ※: "扶贫资金投入" is our heading; the book says 共投入资金 (a reconstructed label).
      ['扶贫资金投入 ※', '9.33', '100.0%', '2014–2016', ''],
    ]);
    expect(t.rows[0]!.cells[5]).toBe('《中国脱贫攻坚·兰考故事》开篇「兰考脱贫了」：“专项扶贫资金4.15亿元”');
  });

  it('adds the derivation column and the beneficiaries’ source for the per-beneficiary unit', () => {
    const t = fundingTable(graph, data, 'per', 'en');
    expect(t.headers).toEqual([
      'Category',
      'Amount per person-time (derived) (yuan per person-time)',
      'Share of total',
      'Period',
      'Type of support',
      'How it is computed',
      'Sources',
    ]);
    expect(t.rows.map((r) => r.cells[1])).toEqual(['707', '545', '337', '1,589']);
    expect(t.rows[0]!.cells[5]).toBe('415 million yuan ÷ 587,000 person-times ≈ 707 yuan per person-time');
    expect(t.rows[0]!.cells[6]).toContain('(our translation; original: “受益群众58.7万人次”)');
  });

  it('writes English amounts in one style: millions of yuan, never "4.15 100 million yuan"', () => {
    const t = fundingTable(graph, data, 'yi', 'en');
    expect(t.headers[1]).toBe('Amount (million yuan)');
    expect(t.rows.map((r) => r.cells[1])).toEqual(['415', '320', '198', '933']);
    expect(fundingTable(graph, data, 'wan', 'en').rows.map((r) => r.cells[1])).toEqual(['415,000,000', '320,000,000', '198,000,000', '933,000,000']);
    expect(withUnit(4.15, 'yi', 'en')).toBe('415 million yuan');
    expect(withUnit(9.33, 'yi', 'both')).toBe('9.33 亿元 (933 million yuan)');
    expect(t.rows[0]!.cells[5]).toBe(
      'China’s Fight against Poverty: The Lankao Story, Opening: “Lankao is out of poverty”: ' +
        '“special poverty-alleviation funds: 415 million yuan” (our translation; original: “专项扶贫资金4.15亿元”)',
    );
    for (const u of ['yi', 'wan', 'per'] as const) {
      const text = [...fundingTable(graph, data, u, 'en').headers, ...fundingTable(graph, data, u, 'en').rows.flatMap((r) => r.cells)].join(' ');
      expect(text).not.toMatch(/100 million|10,000 yuan|10,000 person/);
    }
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses spreadsheet formulas by prefixing = + - @ (and tab/CR) with a quote', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('4.15')).toBe('4.15');
  });

  it('writes a BOM, the source and date, a header line and one CRLF line per row that read back to the table', () => {
    const csv = fundingCsv(graph, data, 'zh', '2026-11-30');
    expect(
      csv.startsWith('\uFEFF来源：国务院扶贫办 组织编写《中国脱贫攻坚·兰考故事》，研究出版社，2020，开篇「兰考脱贫了」；下载于 2026-11-30\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const t = fundingCsvTable(graph, data, 'zh');
    expect(rows.slice(1)).toEqual([t.headers, ...t.rows]);
    expect(rows[1]).toEqual([
      '类别',
      '标记（※ 重构解读，† 公开来源）',
      '可信度（verbatim 原文 / reconstructed 重构 / external 公开来源）',
      '金额（亿元）',
      '金额（万元）',
      '每人次金额（派生，元/人次）',
      '占总额（%）',
      '时期',
      '扶贫方式',
      '计算方法',
      '来源',
    ]);
    expect(rows[2]!.slice(0, 7)).toEqual(['专项扶贫资金', '', 'verbatim', '4.15', '41500', '707', '44.5']);
    // As printed: 3.20, in the amount and in the formula.
    expect(rows[3]!.slice(3, 4)).toEqual(['3.20']);
    expect(rows[3]![9]).toMatch(/^3\.20 亿元 ÷ 58\.7 万人次/);
  });

  it('has every unit in its own column, the same columns and numbers in Chinese and in English', () => {
    const en = parseCsv(fundingCsv(graph, data, 'en', '2026-11-30').slice(1));
    expect(en[0]![0]).toMatch(
      /^Source: State Council Leading Group Office of Poverty Alleviation and Development, China’s Fight against Poverty: The Lankao Story \(《中国脱贫攻坚·兰考故事》\), Yanjiu Chubanshe, 2020, Opening: “Lankao is out of poverty”; downloaded 2026-11-30$/,
    );
    expect(en[1]!.slice(3, 7)).toEqual([
      'Amount (100 million yuan)',
      'Amount (10,000 yuan)',
      'Amount per person-time (derived) (yuan per person-time)',
      'Share of total (%)',
    ]);
    const zh = parseCsv(fundingCsv(graph, data, 'zh', '2026-11-30').slice(1));
    expect(en.slice(2).map((r) => r.slice(1, 7))).toEqual([
      ['', 'verbatim', '4.15', '41500', '707', '44.5'],
      ['', 'verbatim', '3.20', '32000', '545', '34.3'],
      ['', 'verbatim', '1.98', '19800', '337', '21.2'],
      ['※', 'reconstructed', '9.33', '93300', '1589', '100.0'],
    ]);
    expect(zh.slice(2).map((r) => r.slice(1, 7))).toEqual(en.slice(2).map((r) => r.slice(1, 7)));
    expect(en[1]).toHaveLength(zh[1]!.length);
    expect(en[2]![0]).toBe('Special poverty-alleviation funds');
  });

  it('keeps a hostile label inert', () => {
    const g = graphWith((f) => {
      // Not the book's words any more: validation refuses "verbatim" for it.
      Object.assign(
        f.entities.find((e) => e.id === 'fund-social')!,
        { label: { zh: '=cmd|"/c calc"!A1, "x"', en: 'x' }, confidence: 'reconstructed', note: { zh: '注', en: 'note' } },
      );
    });
    const rows = parseCsv(fundingCsv(g, fundingData(g), 'zh', '2026-11-30').slice(1));
    // Marked ※ as a reconstruction, like every label that is not the book's print — in its own column.
    expect(rows[4]!.slice(0, 3)).toEqual(['\'=cmd|"/c calc"!A1, "x"', '※', 'reconstructed']);
    expect(rows[4]).toHaveLength(rows[1]!.length);
  });

  it('names the file after the period and language, in under 100 bytes', () => {
    expect(csvFileName('en', '2014–2016')).toBe('lankao-funding-2014-2016-en.csv');
    expect(new TextEncoder().encode(csvFileName('both', '2014–2016'.repeat(40))).length).toBeLessThan(100);
    expect(csvFileName('zh', '未注明')).toBe('lankao-funding-zh.csv');
    expect(csvFileName('both', '二〇一四年至二〇一六年'.repeat(40))).toBe('lankao-funding-both.csv');
  });
});

describe('buildFundingOption', () => {
  const datums = (o: ReturnType<typeof buildFundingOption>): FundDatum[] => o.series[0]!.data;

  it('draws a donut of the parts with decal patterns and no animation', () => {
    const o = buildFundingOption(graph, data, { view: 'share', unit: 'yi', lang: 'zh', focusId: null, width: 400 });
    expect(o.series[0]!.type).toBe('pie');
    expect(datums(o).map((d) => [d.entity, d.value, d.name])).toEqual([
      ['fund-special', 4.15, '专项扶贫资金'],
      ['fund-sector', 3.2, '行业扶贫资金'],
      ['fund-social', 1.98, '社会扶贫资金'],
    ]);
    expect(o.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(o.animation).toBe(false);
    expect('legend' in o && o.legend.selectedMode).toBe(false);
    if (!('legend' in o)) throw new Error('no legend');
    expect(o.legend.formatter('社会扶贫资金')).toBe('社会扶贫资金  1.98 亿元 · 21.2%');
  });

  it('compares the parts as bars in the chosen unit and language', () => {
    const o = buildFundingOption(graph, data, { view: 'compare', unit: 'wan', lang: 'en', focusId: null, width: 600 });
    expect(o.series[0]!.type).toBe('bar');
    if (!('yAxis' in o)) throw new Error('no axis');
    expect(o.yAxis.data).toEqual(['Special poverty-alleviation funds', 'Sector poverty-alleviation funds', 'Social poverty-alleviation funds']);
    expect(o.xAxis.name).toBe('yuan');
    expect(datums(o).map((d) => d.value)).toEqual([415_000_000, 320_000_000, 198_000_000]);
    const label = o.series[0]!.label as { formatter: (p: unknown) => string };
    expect(label.formatter({ data: { entity: 'fund-sector' } })).toBe('320,000,000\n34.3%');
    const zh = buildFundingOption(graph, data, { view: 'compare', unit: 'per', lang: 'zh', focusId: null, width: 600 });
    if (!('xAxis' in zh)) throw new Error('no axis');
    expect(zh.xAxis.name).toBe('元/人次 (派生)');
    expect(datums(zh).map((d) => d.value)).toEqual([707, 545, 337]);
  });

  it('styles each part from the emphasis', () => {
    const idle = datums(buildFundingOption(graph, data, { view: 'share', unit: 'yi', lang: 'zh', focusId: null, width: 400 }));
    expect(idle.every((d) => d.entityEmphasis === 'idle' && d.itemStyle.opacity === 1)).toBe(true);
    const sel = datums(buildFundingOption(graph, data, { view: 'compare', unit: 'yi', lang: 'zh', focusId: 'fund-sector', width: 400 }));
    expect(sel.map((d) => [d.entityEmphasis, d.itemStyle.opacity, d.itemStyle.borderWidth])).toEqual([
      ['dimmed', 0.28, 0],
      ['selected', 1, 3],
      ['dimmed', 0.28, 0],
    ]);
    // Selecting a support type lights up the fund that pays for it.
    const viaType = datums(buildFundingOption(graph, data, { view: 'share', unit: 'yi', lang: 'zh', focusId: 'support-social', width: 400 }));
    expect(viaType.map((d) => d.entityEmphasis)).toEqual(['dimmed', 'dimmed', 'related']);
    const total = datums(buildFundingOption(graph, data, { view: 'share', unit: 'yi', lang: 'zh', focusId: 'fund-total', width: 400 }));
    expect(total.map((d) => d.entityEmphasis)).toEqual(['related', 'related', 'related']);
  });

  it('escapes every data string in the tooltip and says when a figure is derived', () => {
    const g = graphWith((f) => {
      // The glossary rendering stays, so only the escaping is under test.
      f.entities.find((e) => e.id === 'fund-special')!.label.en = '<script>alert(1)</script> Special poverty-alleviation funds';
    });
    const o = buildFundingOption(g, fundingData(g), { view: 'share', unit: 'per', lang: 'en', focusId: null, width: 400 });
    const html = o.tooltip.formatter({ data: { entity: 'fund-special' } });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('707 yuan per person-time (derived)');
    expect(html).toContain('Share of total: 44.5%');
  });

  it('describes the chart for screen readers', () => {
    const o = buildFundingOption(graph, data, { view: 'share', unit: 'yi', lang: 'zh', focusId: null, width: 400 });
    expect(o.aria.label.description).toBe(
      '扶贫资金投入 9.33 亿元, 2014–2016：专项扶贫资金 4.15 亿元 (44.5%)；行业扶贫资金 3.20 亿元 (34.3%)；社会扶贫资金 1.98 亿元 (21.2%)',
    );
  });
});

describe('links the panel relies on', () => {
  it('selecting the social fund relates its support type, the total and the united-front department', () => {
    const r = relatedTo(graph, 'fund-social');
    expect([...r]).toEqual(expect.arrayContaining(['support-social', 'fund-total', 'leader-united-front-dept']));
    expect(r.has('fund-special')).toBe(false);
  });
});
