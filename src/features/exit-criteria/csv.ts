// The criteria as CSV: their own module, loaded on the first "download", so the panel never loads
// the CSV writer (shared/csv.ts) to draw, and a download whose code did not come takes nothing else with it.
import type { EntityGraph } from '../../core/graph';
import { refsText } from '../../domain/refs';
import { tr } from '../../i18n/text';
import { formatPeriod, qualifierText } from '../../shared/measureText';
import { csvNumber, figureDecimals, markCells, MARK_COLUMNS } from '../../shared/csv';
import type { Bilingual, Measure } from '../../model/schema';
import { assessedCriteria, EXIT_TEXT } from './exitCriteria';

const CSV_HEAD = {
  value: { zh: '评估值', en: 'Assessed value' },
  comparator: { zh: '达标条件', en: 'Met when the value is' },
  unit: { zh: '单位', en: 'Unit' },
  qualifier: { zh: '说明', en: 'Qualifier' },
  sources: { zh: '来源', en: 'Sources' },
} satisfies Record<string, Bilingual>;

/**
 * The criteria as CSV rows a spreadsheet reads: the assessed value and the standard as plain numbers
 * (the unit in their headers where every row shares it, and in a column of its own), the comparator,
 * the result, "sampled" and the mark and confidence each in a column of their own; the same columns in both languages.
 */
export function exitCsvRows(graph: EntityGraph, lang: 'zh' | 'en', rows = assessedCriteria(graph)): string[][] {
  const units = new Set(rows.map((r) => `${r.value.unit}\u0000${r.value.unitEn}`));
  const shared = units.size === 1 ? rows[0]!.value : undefined;
  const unitOf = (m: Measure) => (lang === 'en' ? m.unitEn : m.unit);
  const withShared = (h: Bilingual) => `${tr(h, lang)}${shared ? (lang === 'en' ? ` (${unitOf(shared)})` : `（${unitOf(shared)}）`) : ''}`;
  const head = [
    tr(EXIT_TEXT.criterion, lang),
    tr(MARK_COLUMNS.mark, lang),
    tr(MARK_COLUMNS.confidence, lang),
    withShared(CSV_HEAD.value),
    withShared(EXIT_TEXT.standard),
    tr(CSV_HEAD.comparator, lang),
    tr(CSV_HEAD.unit, lang),
    tr(EXIT_TEXT.result, lang),
    tr(CSV_HEAD.qualifier, lang),
    tr(EXIT_TEXT.period, lang),
    tr(CSV_HEAD.sources, lang),
  ];
  const body = rows.map((r) => [
    tr(r.entity.label, lang),
    ...markCells(r.entity),
    csvNumber(r.value.value, figureDecimals(r.value)),
    csvNumber(r.threshold.value, figureDecimals(r.threshold)),
    `${r.threshold.comparator} ${tr(EXIT_TEXT.standard, lang).toLowerCase()}`,
    unitOf(r.value),
    tr(r.pass ? EXIT_TEXT.pass : EXIT_TEXT.fail, lang),
    qualifierText(r.value, lang),
    formatPeriod(r.value.period, lang),
    refsText(graph.model, [...r.value.sources, ...r.threshold.sources], lang),
  ]);
  return [head, ...body];
}
