// What only the printed handout carries: under the poster a line with the date, the source and
// the language; on page 2 the funding table and every source. Hidden on screen.
// The date is set after mount (not in render), so a prerendered page hydrates without mismatch.
import { useEffect, useState } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { formatMeasure } from '../../shared/format';
import type { Lang } from '../../store/url';
import { percentText, type OverviewModel } from './model';
import { OV_TEXT } from './text';

const LANG_NAME: Record<Lang, string> = { zh: '中文', en: 'English', both: '中文 · English' };

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function PrintLine() {
  const lang = useLang();
  const [date, setDate] = useState('');
  useEffect(() => setDate(today()), []);
  return (
    <p className="print-only print-line">
      {tr(OV_TEXT.printed, lang)} {date} · {tr(OV_TEXT.sourceLine, lang)} · {tr(OV_TEXT.language, lang)}: {LANG_NAME[lang]}
    </p>
  );
}

export function PrintAppendix({ funding }: { funding: OverviewModel['funding'] }) {
  const graph = useGraph();
  const lang = useLang();
  const sources = [...graph.model.sources.values()];
  return (
    <section className="print-only print-appendix">
      <h2>{tr(OV_TEXT.fundingTable, lang)}</h2>
      <table className="data">
        <thead>
          <tr>
            <th>{tr(OV_TEXT.fund, lang)}</th>
            <th className="num">{tr(OV_TEXT.amount, lang)}</th>
            <th className="num">{tr(OV_TEXT.share, lang)}</th>
            <th>{tr(OV_TEXT.pays, lang)}</th>
            <th>{tr(OV_TEXT.source, lang)}</th>
          </tr>
        </thead>
        <tbody>
          {funding.parts.map((p) => (
            <tr key={p.fund.id}>
              <td>{tr(p.fund.label, lang)}</td>
              <td className="num">{formatMeasure(p.amount, lang)}</td>
              <td className="num">{percentText(p.share)}</td>
              <td>{p.supportTypes.map((s) => tr(s.label, lang)).join(', ')}</td>
              <td>{p.amount.sources.map((r) => r.quote ?? graph.model.sources.get(r.source)?.title).join('; ')}</td>
            </tr>
          ))}
          {funding.total && funding.amount ? (
            <tr className="total">
              <td>{tr(funding.total.label, lang)}</td>
              <td className="num">{formatMeasure(funding.amount, lang)}</td>
              <td className="num">100%</td>
              <td>{funding.amount.period}</td>
              <td>{funding.amount.sources.map((r) => r.quote ?? graph.model.sources.get(r.source)?.title).join('; ')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <h2>{tr(OV_TEXT.sourcesList, lang)}</h2>
      <ol className="print-sources">
        {sources.map((s) => (
          <li key={s.id}>{s.type === 'book' ? `《${s.title}》${s.section ?? ''}` : `${s.title} — ${s.url}`}</li>
        ))}
      </ol>
    </section>
  );
}
