// The six areas of targeted effort as a table for CSV: one line per item that puts an area into
// practice, its ※ / † mark and confidence (of the item, or of the area on a line without items), the
// key questions it answers, whether the link is our reading, and its sources.
import type { EntityGraph } from '../../core/graph';
import { tr } from '../../i18n/text';
import { KIND_LABEL } from '../../shared/kindLabel';
import { refsText } from '../../domain/refs';
import { markCells, MARK_COLUMNS } from '../../shared/csv';
import type { PrecisionView } from './layout';

const HEAD = {
  precision: { zh: '六个精准', en: 'Targeted efforts in six areas' },
  item: { zh: '落实项目', en: 'What puts it into practice' },
  kind: { zh: '类别', en: 'Kind' },
  answers: { zh: '回答的关键问题', en: 'Key questions answered' },
  reading: { zh: '对应关系', en: 'Link' },
  sources: { zh: '来源', en: 'Sources' },
};
const BOOK = { zh: '书中连线', en: 'in the book' };
const OURS = { zh: '我们的解读', en: 'our reading' };

export function precisionCsvRows(graph: EntityGraph, view: PrecisionView, lang: 'zh' | 'en'): string[][] {
  const label = (id: string) => {
    const e = graph.model.entities.get(id);
    return e ? tr(e.label, lang) : id;
  };
  const marks = (id: string) => {
    const e = graph.model.entities.get(id);
    return e ? markCells(e) : ['', ''];
  };
  const rows: string[][] = [
    [HEAD.precision, HEAD.item, MARK_COLUMNS.mark, MARK_COLUMNS.confidence, HEAD.kind, HEAD.answers, HEAD.reading, HEAD.sources].map((h) => h[lang]),
  ];
  for (const lane of view.lanes) {
    const items = lane.groups.flatMap((g) => g.items);
    if (items.length === 0)
      rows.push([
        label(lane.id),
        '',
        ...marks(lane.id),
        '',
        lane.questions.map(label).join(' / '),
        '',
        refsText(graph.model, graph.model.entities.get(lane.id)?.sources ?? [], lang),
      ]);
    for (const it of items) {
      const e = graph.model.entities.get(it.id);
      rows.push([
        label(lane.id),
        label(it.id),
        ...marks(it.id),
        tr(KIND_LABEL[it.kind], lang),
        it.answers.map(label).join(' / '),
        tr(it.interpretive ? OURS : BOOK, lang),
        refsText(graph.model, e?.sources ?? [], lang),
      ]);
    }
  }
  return rows;
}
