// "Download CSV" for a tabular panel: the panel hands over a pure builder of its rows; the button
// adds the source line (the panel's book section) and the date when the reader clicks.
import { useGraph } from './GraphProvider';
import { tr } from '../i18n/text';
import { useLang } from './useEntity';
import { csvFileName, downloadText, sourceLine, toCsv } from './csv';
import { isoDay, panelSource, shortReference } from './cite';
import type { Lang } from '../store/url';

const LABEL = { zh: '下载 CSV', en: 'Download CSV' };

export function CsvButton({ panel, rows }: { panel: string; rows: (lang: 'zh' | 'en') => string[][] }) {
  const graph = useGraph();
  const lang: Lang = useLang();
  const onClick = () => {
    const l = lang === 'en' ? 'en' : 'zh'; // "both" downloads Chinese, the book's language
    const source = graph.model.sources.get(panelSource(panel));
    const text = toCsv(rows(l), source ? sourceLine(shortReference(source, l), isoDay(new Date()), l) : undefined);
    downloadText(text, csvFileName([panel, l]));
  };
  return (
    <button type="button" className="csv-download" data-action="csv" onClick={onClick}>
      {tr(LABEL, lang)}
    </button>
  );
}
