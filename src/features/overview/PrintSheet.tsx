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
import type { Bilingual } from '../../model/schema';

// Only the printed sheet's words.
const PRINT_TEXT = {
  printed: { zh: '打印于', en: 'Printed on' },
  sourceLine: {
    zh: '资料来源：《中国脱贫攻坚·兰考故事》（国务院扶贫办 组织编写，研究出版社，2020）及所列公开来源；※ 重构读法，† 公开来源',
    en: 'Source: China’s Fight against Poverty: The Lankao Story (《中国脱贫攻坚·兰考故事》; State Council Leading Group Office of Poverty Alleviation and Development, Yanjiu Chubanshe, 2020) and the public sources listed; ※ reconstructed reading, † public source',
  },
  language: { zh: '语言', en: 'Language' },
  fundingTable: { zh: '扶贫资金投入（2014–2016）', en: 'Poverty-alleviation funding (2014–2016)' },
  fund: { zh: '资金', en: 'Fund' },
  amount: { zh: '金额', en: 'Amount' },
  share: { zh: '占比', en: 'Share' },
  pays: { zh: '用于', en: 'Pays for' },
  source: { zh: '来源', en: 'Source' },
  sourcesList: { zh: '资料来源', en: 'Sources' },
} satisfies Record<string, Bilingual>;

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
      {tr(PRINT_TEXT.printed, lang)} {date} · {tr(PRINT_TEXT.sourceLine, lang)} · {tr(PRINT_TEXT.language, lang)}: {LANG_NAME[lang]}
    </p>
  );
}

export function PrintAppendix({ funding }: { funding: OverviewModel['funding'] }) {
  const graph = useGraph();
  const lang = useLang();
  const sources = [...graph.model.sources.values()];
  return (
    <section className="print-only print-appendix">
      <h2>{tr(PRINT_TEXT.fundingTable, lang)}</h2>
      <table className="data">
        <thead>
          <tr>
            <th>{tr(PRINT_TEXT.fund, lang)}</th>
            <th className="num">{tr(PRINT_TEXT.amount, lang)}</th>
            <th className="num">{tr(PRINT_TEXT.share, lang)}</th>
            <th>{tr(PRINT_TEXT.pays, lang)}</th>
            <th>{tr(PRINT_TEXT.source, lang)}</th>
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
      <h2>{tr(PRINT_TEXT.sourcesList, lang)}</h2>
      <ol className="print-sources">
        {sources.map((s) => (
          <li key={s.id}>{s.type === 'book' ? `《${s.title}》${s.section ?? ''}` : `${s.title} — ${s.url}`}</li>
        ))}
      </ol>
    </section>
  );
}
