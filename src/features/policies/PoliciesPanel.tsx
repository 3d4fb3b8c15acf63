// The twelve household policies against household status (data/household-policies.json):
// a semantic table (rows = policies in their printed order, columns = statuses), so it reads
// well with a screen reader. Below 800 px (policies.css) it stacks: the statuses with the
// safety-net categories become a key above the rows, and each policy a card whose cells are
// lines labelled by their status (data-label), the dot spelled out beside it. The matrix itself
// comes from the pure buildPolicyMatrix; this file only draws it.
import { shownPartTitle } from '../../shared/partTitle';
import { useEffect, useMemo } from 'react';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { CsvButton } from '../../shared/CsvButton';
import { onDemand } from '../../shared/useOnDemand';
import { tr, trLines, ui } from '../../i18n/text';
import { laterUi } from '../../i18n/laterText';
import { useEntityProps, useFollowerProps, useLang } from '../../shared/useEntity';
import { useGraph } from '../../shared/GraphProvider';
import { colon, confidenceMark, entityLabel } from '../../shared/entityText';
import { formatMeasure } from '../../shared/format';
import { SourceList } from '../../shared/Sources';
import type { Bilingual, Entity } from '../../model/schema';
import type { Lang } from '../../store/url';
import { buildPolicyMatrix, type MatrixCell, type MatrixColumn, type MatrixNote } from './matrix';
import './policies.css';
import part from './part';

/** The CSV's rows: their own module, loaded on the first download (never the panel's own code). */
const csvCode = onDemand(() => import('./csv'));

const TEXT = {
  // The part's own title (part.ts): the one the overview, search and a failed panel name.
  title: part.title,
  subtitle: {
    zh: '到户政策与贫困户类别：实心点为书中分组，空心点为我们的解读',
    en: 'Household policies by household status: solid dot = the book’s grouping, hollow dot = our reading',
  },
  number: { zh: '序号', en: 'No.' },
  policy: { zh: '政策', en: 'Policy' },
  book: { zh: '书中分组', en: 'book’s grouping' },
  reading: { zh: '我们的解读', en: 'our reading' },
  none: { zh: '未列出', en: 'not listed' },
  includes: { zh: '包括', en: 'includes' },
  legendBook: { zh: '书中分组：印在该类别下', en: 'Book’s grouping: printed under this status' },
  legendReading: { zh: '我们的解读（见注）', en: 'Our reading (see note)' },
  legendMark: { zh: '重构读法，附印刷原文', en: 'Reconstructed reading, with the text as printed' },
  caption: { zh: '十二项到户政策 × 贫困户类别', en: 'Twelve household policies × household status' },
  appliesTo: { zh: '适用于', en: 'applies to' },
  byStatus: { zh: '贫困户类别', en: 'household status' },
  statuses: { zh: '贫困户类别及兜底类别', en: 'Household statuses and the safety-net categories' },
} satisfies Record<string, Bilingual>;

function Lines({ text, lang, mark = '' }: { text: Bilingual; lang: Lang; mark?: string }) {
  const lines = trLines(text, lang);
  return (
    <>
      {lines.map((line, i) => (
        <span key={line} className={i === 0 ? 'policies-line' : 'policies-line policies-line-2'} lang={lang === 'en' || i > 0 ? 'en' : 'zh-CN'}>
          {line}
          {/* The mark stays on the label's first line, so it never wraps onto a line of its own. */}
          {i === 0 && mark ? <span className="policies-mark" aria-hidden="true">{`\u00a0${mark}`}</span> : null}
        </span>
      ))}
    </>
  );
}

function EntityChip({ entity, className }: { entity: Entity; className: string }) {
  const lang = useLang();
  const props = useEntityProps(entity.id);
  const mark = confidenceMark(entity.confidence);
  return (
    <span className={className} {...props} aria-label={entityLabel(entity, lang)}>
      <Lines text={entity.label} lang={lang} mark={mark} />
    </span>
  );
}

function StatusHead({ column }: { column: MatrixColumn }) {
  const lang = useLang();
  return (
    <th scope="col" className="policies-status policies-col" {...useFollowerProps(column.status.id)}>
      <EntityChip entity={column.status} className="policies-status-name" />
      {column.categories.length > 0 ? (
        <ul className="policies-cats" aria-label={`${tr(column.status.label, lang)} ${tr(TEXT.includes, lang)}`}>
          {column.categories.map((c) => (
            <li key={c.id}>
              <EntityChip entity={c} className="policies-cat" />
            </li>
          ))}
        </ul>
      ) : null}
    </th>
  );
}

function Cell({ policy, status, cell }: { policy: Entity; status: Entity; cell: MatrixCell }) {
  const lang = useLang();
  const props = useEntityProps(policy.id);
  // The cell is tinted with its column's (the status's) emphasis: data-follow-emphasis.
  const column = useFollowerProps(status.id);
  // data-label: the status that labels this cell's line when the table stacks on a phone.
  const statusName = tr(status.label, lang);
  if (cell.kind === 'none') {
    return (
      <td className="policies-cell policies-col policies-cell-none" data-label={statusName} {...column}>
        <span className="policies-none">{tr(TEXT.none, lang)}</span>
      </td>
    );
  }
  const how = tr(cell.kind === 'book' ? TEXT.book : TEXT.reading, lang);
  const note = cell.note ? tr(cell.note, lang) : '';
  const label = `${policy.order ?? ''}. ${tr(policy.label, lang)} — ${tr(TEXT.appliesTo, lang)} ${statusName} (${how})${note ? `: ${note}` : ''}`;
  return (
    <td className="policies-cell policies-col" data-label={statusName} {...column}>
      <span className="policies-value">
        <span className={`policies-dot policies-dot-${cell.kind}`} {...props} aria-label={label} title={note || how}>
          <span aria-hidden="true">{cell.kind === 'book' ? '●' : '○'}</span>
          {cell.noteKey ? <sup aria-hidden="true">{cell.noteKey}</sup> : null}
        </span>
        {/* The dot spelled out, shown only in the stacked (phone) layout; the dot's own label says it to a screen reader. */}
        <span className="policies-how" aria-hidden="true">
          {how}
          {cell.noteKey ? ` (${cell.noteKey})` : ''}
        </span>
      </span>
    </td>
  );
}

function PolicyHead({ policy }: { policy: Entity }) {
  const lang = useLang();
  const mark = confidenceMark(policy.confidence);
  return (
    <th scope="row" className="policies-policy">
      <div className="policies-policy-inner">
        <span className="policies-num">{policy.order}</span>
        <div className="policies-policy-body">
          <EntityChip entity={policy} className="policies-name" />
          {policy.measures?.map((m) => (
            <span key={m.id} className="policies-measure" title={tr(m.label, lang)}>
              {formatMeasure(m, lang)}
            </span>
          ))}
          {policy.printed ? (
            <span className="policies-printed">
              {mark ? `${mark} ` : ''}
              {ui('printedAs', lang)}
              {colon(lang)}
              <q lang="zh-CN">{policy.printed}</q>
            </span>
          ) : null}
          {policy.note && policy.confidence === 'reconstructed' ? <span className="policies-note-line">{tr(policy.note, lang)}</span> : null}
        </div>
      </div>
    </th>
  );
}

function Notes({ notes }: { notes: MatrixNote[] }) {
  const lang = useLang();
  if (notes.length === 0) return null;
  return (
    <ol className="policies-footnotes">
      {notes.map((n) => (
        <li key={n.key}>
          <span className="policies-fn-key" aria-hidden="true">
            ○{n.key}
          </span>{' '}
          {tr(n.text, lang)}
        </li>
      ))}
    </ol>
  );
}

function Body() {
  const graph = useGraph();
  const lang = useLang();
  const matrix = useMemo(() => buildPolicyMatrix(graph), [graph]);
  const markReady = usePanelReady();
  useEffect(() => markReady(true), [markReady]);
  return (
    <div className="policies">
      <div className="policies-scroll" role="region" aria-label={tr(TEXT.caption, lang)}>
        <table className={`policies-table policies-lang-${lang}`}>
          <caption>
            {matrix.group ? <EntityChip entity={matrix.group} className="policies-group" /> : null}
            <span className="policies-caption-rest"> × {tr(TEXT.byStatus, lang)}</span>
          </caption>
          <thead>
            <tr data-label={tr(TEXT.statuses, lang)}>
              <th scope="col" className="policies-policy-col">
                <span className="policies-num-head">{tr(TEXT.number, lang)}</span> {tr(TEXT.policy, lang)}
              </th>
              {matrix.columns.map((c) => (
                <StatusHead key={c.status.id} column={c} />
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.policy.id}>
                <PolicyHead policy={row.policy} />
                {row.cells.map((cell, i) => (
                  <Cell key={cell.statusId} policy={row.policy} status={matrix.columns[i]!.status} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix.sources.length > 0 ? (
        <div className="policies-source">
          <span className="policies-source-label">
            {laterUi('source', lang)}
            {colon(lang)}
          </span>
          <SourceList refs={matrix.sources.map((source) => ({ source }))} compact className="policies-source-list" />
        </div>
      ) : null}
      <ul className="policies-legend" aria-label={tr({ zh: '图例', en: 'Legend' }, lang)}>
        <li>
          <span className="policies-dot-book" aria-hidden="true">
            ●
          </span>{' '}
          {tr(TEXT.legendBook, lang)}
        </li>
        <li>
          <span className="policies-dot-reading" aria-hidden="true">
            ○
          </span>{' '}
          {tr(TEXT.legendReading, lang)}
        </li>
        <li>
          <span aria-hidden="true">※</span> {tr(TEXT.legendMark, lang)}
        </li>
      </ul>
      <Notes notes={matrix.notes} />
      {matrix.group?.note ? <p className="policies-group-note">{tr(matrix.group.note, lang)}</p> : null}
    </div>
  );
}

export default function PoliciesPanel() {
  const lang = useLang();
  const graph = useGraph();
  return (
    <PanelFrame
      name="policies"
      title={shownPartTitle(graph.model, 'policies', lang)}
      subtitle={tr(TEXT.subtitle, lang)}
      actions={<CsvButton panel="policies" rows={async (l) => (await csvCode.preload()).policiesCsvRows(graph, buildPolicyMatrix(graph), l)} />}
    >
      <Body />
    </PanelFrame>
  );
}
