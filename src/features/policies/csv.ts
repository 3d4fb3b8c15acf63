// The twelve household policies × household status as a table for CSV: one line per policy, one
// column per status ("book" where the book groups it there, "our reading" where we read it so).
import type { EntityGraph } from '../../core/graph';
import { tr } from '../../i18n/text';
import { refsText } from '../../domain/refs';
import { markCells, MARK_COLUMNS } from '../../shared/csv';
import type { PolicyMatrix } from './matrix';

const TEXT = {
  number: { zh: '序号', en: 'No.' },
  policy: { zh: '政策', en: 'Policy' },
  book: { zh: '书中分组', en: 'book’s grouping' },
  reading: { zh: '我们的解读', en: 'our reading' },
  sources: { zh: '来源', en: 'Sources' },
};

export function policiesCsvRows(graph: EntityGraph, matrix: PolicyMatrix, lang: 'zh' | 'en'): string[][] {
  const head = [
    TEXT.number[lang],
    TEXT.policy[lang],
    MARK_COLUMNS.mark[lang],
    MARK_COLUMNS.confidence[lang],
    ...matrix.columns.map((c) => tr(c.status.label, lang)),
    TEXT.sources[lang],
  ];
  const rows = matrix.rows.map((r) => [
    r.policy.order !== undefined ? String(r.policy.order) : '',
    tr(r.policy.label, lang),
    ...markCells(r.policy),
    ...r.cells.map((c) => (c.kind === 'book' ? TEXT.book[lang] : c.kind === 'reading' ? TEXT.reading[lang] : '')),
    refsText(graph.model, r.policy.sources, lang),
  ]);
  return [head, ...rows];
}
