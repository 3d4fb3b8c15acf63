// The funding CSV (graph ──fundingCsv──▶ CSV text): its own module, loaded on the first "download",
// so the panel never loads the CSV writer or the citation formats (shared/csv.ts, shared/cite.ts)
// to draw, and a download whose code did not come takes nothing else with it.
import type { EntityGraph } from '../../core/graph';
import { convert } from '../../domain/funding';
import { tr } from '../../i18n/text';
import { formatPeriod } from '../../shared/measureText';
import { isoDay, shortReference } from '../../shared/cite';
import { csvFileName as csvName, csvNumber, figureDecimals, markCells, MARK_COLUMNS, toCsv, sourceLine } from '../../shared/csv';
import type { Bilingual, Entity, Measure } from '../../model/schema';
import type { FundUnit, Lang } from '../../store/url';
import { derivationText, FUNDING_TEXT, sourceText, UNITS, type FundingData } from './funding';

export { csvCell } from '../../shared/csv';

/** The units of the CSV's amount columns, named as the data names them (亿元 / "100 million yuan"). */
const CSV_UNIT: Record<FundUnit, Bilingual> = {
  yi: { zh: '亿元', en: '100 million yuan' },
  wan: { zh: '万元', en: '10,000 yuan' },
  per: { zh: '元/人次', en: 'yuan per person-time' },
};

/**
 * The CSV's table: every unit in its own column whatever the unit toggle shows, so a file
 * downloaded in any view has the same columns (a student comparing files, or a script reading
 * them, never finds the 亿元 column missing). The same columns and numbers in both languages:
 * plain numbers (3.20, 41500, 44.5), the unit in the header, the mark and confidence in their own columns.
 */
export function fundingCsvTable(graph: EntityGraph, data: FundingData, lang: Lang): { headers: string[]; rows: string[][] } {
  const l = lang === 'both' ? 'zh' : lang;
  const paren = (text: string) => (l === 'en' ? ` (${text})` : `（${text}）`);
  const unitCol = (u: FundUnit) =>
    `${tr(u === 'per' ? FUNDING_TEXT.perBeneficiary : FUNDING_TEXT.amount, l)}${paren(CSV_UNIT[u][l])}`.replace(/）（/, '，');
  const headers = [
    tr(FUNDING_TEXT.category, l),
    tr(MARK_COLUMNS.mark, l),
    tr(MARK_COLUMNS.confidence, l),
    ...UNITS.map(unitCol),
    `${tr(FUNDING_TEXT.share, l)}${paren('%')}`,
    tr(FUNDING_TEXT.period, l),
    tr(FUNDING_TEXT.supportType, l),
    tr(FUNDING_TEXT.derivation, l),
    tr(FUNDING_TEXT.sources, l),
  ];
  // 亿元 as the book prints it (two decimals, or more where a figure has them); 万元 and yuan per person-time whole.
  const yiDecimals = Math.max(2, ...[data.amount, ...data.parts.map((p) => p.amount)].map((m) => (m.unit === '亿元' ? figureDecimals(m) : 0)));
  const DIGITS: Record<FundUnit, number> = { yi: yiDecimals, wan: 0, per: 0 };
  const row = (entity: Entity, amount: Measure, share: number, support: Entity[]): string[] => {
    const refs = data.beneficiaries ? [...amount.sources, ...data.beneficiaries.sources] : amount.sources;
    return [
      tr(entity.label, l),
      ...markCells(entity),
      ...UNITS.map((u) => (u === 'per' && !data.beneficiaries ? '' : csvNumber(convert(amount, u, data.beneficiaries), DIGITS[u]))),
      csvNumber(share * 100, 1),
      formatPeriod(amount.period, l),
      support.map((s) => tr(s.label, l)).join(l === 'en' ? ', ' : '、'),
      data.beneficiaries ? derivationText(amount, data.beneficiaries, l) : '',
      sourceText(graph, refs, l),
    ];
  };
  return {
    headers,
    rows: [...data.parts.map((p) => row(p.entity, p.amount, p.share, p.supportTypes)), row(data.total, data.amount, 1, [])],
  };
}

/** The funding CSV: the source and download date on the first line, then the stable table. */
export function fundingCsv(graph: EntityGraph, data: FundingData, lang: Lang, downloaded: string): string {
  const table = fundingCsvTable(graph, data, lang);
  const book = data.amount.sources.map((r) => graph.model.sources.get(r.source)).find((s) => s !== undefined);
  const l = lang === 'both' ? 'zh' : lang;
  return toCsv([table.headers, ...table.rows], book ? sourceLine(shortReference(book, l), downloaded, l) : undefined);
}

/** ASCII only and under 100 bytes whatever the period says (shared/csv): one file holds every unit, so no unit in the name. */
export function csvFileName(lang: Lang, period: string): string {
  return csvName(['funding', period, lang]);
}

/** The file the panel's button downloads: the CSV with today's date, and its name. */
export function fundingCsvFile(graph: EntityGraph, data: FundingData, lang: Lang): { text: string; name: string } {
  return { text: fundingCsv(graph, data, lang, isoDay(new Date())), name: csvFileName(lang, data.amount.period) };
}
