// The CSV of every tabular panel as a spreadsheet reads it, parsed by an independent CSV parser
// (csv-parse): the source line first, then the same columns in Chinese and English; every figure a
// plain number (no thousands separators, "." decimals, the precision the book prints) that is the
// same in both files; the unit in the header; ※ / † and the confidence in columns of their own.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph';
import { builtInDataset } from '../../src/model/builtInDataset';
import { loadModel } from '../../src/model/validate';
import { sourceLine, toCsv } from '../../src/shared/csv';
import { shortReference } from '../../src/shared/cite';
import { fundingData } from '../../src/features/funding/funding';
import { fundingCsv } from '../../src/features/funding/csv';
import { exitCsvRows } from '../../src/features/exit-criteria/csv';
import { precisionCsvRows } from '../../src/features/precision/csv';
import { buildPrecisionView } from '../../src/features/precision/layout';
import { policiesCsvRows } from '../../src/features/policies/csv';
import { buildPolicyMatrix } from '../../src/features/policies/matrix';

const graph = buildGraph(loadModel(builtInDataset()));
const DAY = '2026-12-06';
const book = graph.model.sources.get('book-diagram')!;
const viaButton = (rows: (l: 'zh' | 'en') => string[][]) => (l: 'zh' | 'en') => toCsv(rows(l), sourceLine(shortReference(book, l), DAY, l));

const PANELS: Record<string, { csv: (l: 'zh' | 'en') => string; numeric: number[] }> = {
  funding: { csv: (l) => fundingCsv(graph, fundingData(graph), l, DAY), numeric: [3, 4, 5, 6] },
  'exit-criteria': { csv: viaButton((l) => exitCsvRows(graph, l)), numeric: [3, 4] },
  policies: { csv: viaButton((l) => policiesCsvRows(graph, buildPolicyMatrix(graph), l)), numeric: [0] },
  precision: { csv: viaButton((l) => precisionCsvRows(graph, buildPrecisionView(graph), l)), numeric: [] },
};

/** What a spreadsheet sees: the BOM dropped, RFC 4180 records, every record as long as the header. */
const read = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true }) as string[][];

describe.each(Object.entries(PANELS))('the %s CSV', (_panel, { csv, numeric }) => {
  const zh = read(csv('zh'));
  const en = read(csv('en'));

  it('starts with the source line, then a header and rows of the same width, in both languages', () => {
    expect(zh[0]).toHaveLength(1);
    expect(zh[0]![0]).toMatch(/^来源：.*；下载于 2026-12-06$/);
    expect(en[0]![0]).toMatch(/^Source: .*; downloaded 2026-12-06$/);
    expect(en).toHaveLength(zh.length);
    for (const rows of [zh, en]) for (const r of rows.slice(1)) expect(r).toHaveLength(rows[1]!.length);
    expect(en[1]).toHaveLength(zh[1]!.length);
  });

  it('writes its figures as plain numbers, the same in Chinese and English', () => {
    for (const col of numeric) {
      const zhCol = zh.slice(2).map((r) => r[col]!);
      const enCol = en.slice(2).map((r) => r[col]!);
      expect(enCol).toEqual(zhCol);
      for (const cell of zhCol.filter((c) => c !== '')) {
        expect(cell).toMatch(/^\d+(\.\d+)?$/);
        expect(Number.isFinite(Number(cell))).toBe(true);
      }
    }
  });

  it('keeps ※ and † out of the labels: the mark and the confidence have columns of their own', () => {
    for (const rows of [zh, en]) {
      const head = rows[1]!;
      const mark = head.findIndex((h) => /^(标记|Mark)/.test(h));
      const confidence = head.findIndex((h) => /^(可信度|Confidence)/.test(h));
      expect(mark).toBeGreaterThan(0);
      expect(confidence).toBe(mark + 1);
      for (const r of rows.slice(2)) {
        r.forEach((cell, i) => {
          if (i !== mark && i < mark) expect(cell).not.toMatch(/[※†]/);
        });
        expect(['', '※', '†']).toContain(r[mark]);
        expect(['verbatim', 'reconstructed', 'external']).toContain(r[confidence]);
      }
    }
  });
});

describe('units and precision', () => {
  it('puts the unit in the header and prints the book’s precision: 3.20 stays 3.20', () => {
    const funding = read(PANELS.funding!.csv('en'));
    expect(funding[1]!.slice(3, 7)).toEqual([
      'Amount (100 million yuan)',
      'Amount (10,000 yuan)',
      'Amount per person-time (derived) (yuan per person-time)',
      'Share of total (%)',
    ]);
    expect(funding.slice(2).map((r) => r[3])).toEqual(['4.15', '3.20', '1.98', '9.33']);
    const exit = read(PANELS['exit-criteria']!.csv('zh'));
    expect(exit[1]!.slice(3, 5)).toEqual(['评估值（%）', '标准（%）']);
    const incidence = exit.find((r) => r[0] === '综合贫困发生率')!;
    expect(incidence.slice(1, 8)).toEqual(['†', 'external', '1.27', '2', '< 标准', '%', '达标']);
    expect(exit.some((r) => r.includes('抽样'))).toBe(true);
  });
});
