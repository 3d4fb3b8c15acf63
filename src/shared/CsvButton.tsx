// "Download CSV" for a tabular panel. Nothing of the CSV is the panel's own code: the writer
// (shared/csv.ts), the source line (shared/cite.ts) and the panel's own row builder are loaded
// through the one loader when the reader clicks, so a CSV whose code did not come takes nothing
// else with it — only this button says so, beside itself, with a retry (shared/PartLoadFailed).
import { useState } from 'react';
import { useGraph } from './GraphProvider';
import { tr } from '../i18n/text';
import { useLang } from './useEntity';
import { onDemand } from './useOnDemand';
import { PartLoadFailed } from './PartLoadFailed';
import type { Lang } from '../store/url';
import type { Bilingual } from '../model/schema';

const LABEL = { zh: '下载 CSV', en: 'Download CSV' };

/** The CSV writer and the source line: their own chunks, loaded on the first download. */
const writerCode = onDemand(() => Promise.all([import('./csv'), import('./cite')]));

/** A whole file a panel writes itself (its own module, loaded on click): its text and its name. */
export interface CsvFile {
  text: string;
  name: string;
}

type Props = { panel: string; className?: string; label?: Bilingual } & (
  | /** The rows (the panel's builder, loaded on click); the button adds the source line and the date. */
    {
      rows: (lang: 'zh' | 'en') => Promise<string[][]>;
      file?: never;
    } /** The whole file, for a panel that writes its own first line (given the page's language). */
  | { file: (lang: Lang) => Promise<CsvFile>; rows?: never }
);

export function CsvButton({ panel, rows, file, className = 'csv-download', label = LABEL }: Props) {
  const graph = useGraph();
  const lang: Lang = useLang();
  const [failed, setFailed] = useState(false);
  const download = async () => {
    let csv: Awaited<ReturnType<typeof writerCode.preload>>[0];
    let out: CsvFile;
    try {
      const [[csvCode, cite], own] = await Promise.all([writerCode.preload(), file ? file(lang) : null]);
      csv = csvCode;
      if (own) out = own;
      else {
        const l = lang === 'en' ? 'en' : 'zh'; // "both" downloads Chinese, the book's language
        const source = graph.model.sources.get(cite.panelSource(panel));
        const line = source ? csv.sourceLine(cite.shortReference(source, l), cite.isoDay(new Date()), l) : undefined;
        out = { text: csv.toCsv(await rows!(l), line), name: csv.csvFileName([panel, l]) };
      }
    } catch (e) {
      console.warn('A part of the page could not be loaded:', e instanceof Error ? e.message : e);
      setFailed(true);
      return;
    }
    setFailed(false);
    csv.downloadText(out.text, out.name);
  };
  return (
    <>
      <button type="button" className={className} data-action="csv" onClick={() => void download()}>
        {tr(label, lang)}
      </button>
      {failed ? <PartLoadFailed retry={() => void download()} /> : null}
    </>
  );
}
