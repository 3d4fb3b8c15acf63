// The comparison in figures: funding (absolute, share, per beneficiary), the exit figures against
// their thresholds, and the responsibilities and policies only one picture has. A row's name
// selects the entity in both halves.
import { useMemo } from 'react';
import { tr } from '../../i18n/text';
import { useAppStore } from '../../store/store';
import { formatNumber, printedNumber } from '../../shared/format';
import { useLang } from '../../shared/useEntity';
import type { EntityGraph } from '../../core/graph';
import type { Bilingual } from '../../model/schema';
import type { Lang } from '../../store/url';
import type { ShownDataset } from '../../datasets/shown';
import type { AssessedCriterion } from '../../domain/criteria';
import { comparatorSign, shareText } from '../../domain/format';
import { FUNDING_TEXT } from '../funding';
import { compareDifferences, compareExit, compareFunding, type FundingFigure } from './compare';
import { COMPARE_TEXT as T } from './text';

function SelectName({ id, label }: { id: string; label: Bilingual }) {
  const lang = useLang();
  const selected = useAppStore((s) => s.selectedId === id);
  return (
    <button type="button" className="compare-name" aria-pressed={selected} data-compare-entity={id} onClick={() => useAppStore.getState().toggle(id)}>
      {tr(label, lang)}
    </button>
  );
}

// Each cell carries its column as data-label ("A · 占比"): narrow, the tables stack into labelled rows (styles.css).
function fundingCells(f: FundingFigure | undefined, side: string, lang: Lang) {
  const label = (k: 'amount' | 'share' | 'perBeneficiary') => `${side} · ${tr(T[k], lang)}`;
  if (!f)
    return (
      <td colSpan={3} className="compare-absent" data-label={side}>
        —
      </td>
    );
  return (
    <>
      <td data-label={label('amount')}>{f.amountYi.toFixed(2)}</td>
      <td data-label={label('share')}>{shareText(f.share)}</td>
      <td data-label={label('perBeneficiary')}>{f.perBeneficiary === undefined ? '—' : formatNumber(Math.round(f.perBeneficiary), 'en')}</td>
    </>
  );
}

function exitCell(c: AssessedCriterion | undefined, side: string, lang: Lang) {
  if (!c)
    return (
      <td className="compare-absent" data-label={side}>
        —
      </td>
    );
  const unit = lang === 'en' ? c.value.unitEn : c.value.unit;
  return (
    <td className={c.pass ? 'compare-pass' : 'compare-fail'} data-pass={String(c.pass)} data-label={side}>
      {`${printedNumber(c.value, lang)}${unit === '%' ? '%' : ` ${unit}`}`}{' '}
      <span className="compare-threshold">
        ({comparatorSign(c.threshold.comparator)} {printedNumber(c.threshold, lang)}
        {unit === '%' ? '%' : ''})
      </span>{' '}
      {tr(c.pass ? T.pass : T.fail, lang)}
    </td>
  );
}

function nameOf(d: ShownDataset, lang: Lang) {
  return d.userSupplied ? d.name : tr(T.lankao, lang);
}

export function CompareSummary({ a, b, graphs }: { a: ShownDataset; b: ShownDataset; graphs: { a: EntityGraph; b: EntityGraph } }) {
  const lang = useLang();
  const funding = useMemo(() => compareFunding(graphs.a, graphs.b), [graphs]);
  const exit = useMemo(() => compareExit(graphs.a, graphs.b), [graphs]);
  const diff = useMemo(() => compareDifferences(graphs.a, graphs.b), [graphs]);
  const head = (d: ShownDataset, side: string) => (
    <bdi>
      <span className="compare-side">{side}</span> {nameOf(d, lang)}
    </bdi>
  );
  return (
    <section className="compare-summary" data-panel="compare-summary" data-ready="true" aria-labelledby="compare-summary-funding">
      <div className="compare-table-wrap stack-wrap">
        <table className="stack-table">
          <caption id="compare-summary-funding">{tr(T.funding, lang)}</caption>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {tr(T.fundItem, lang)}
              </th>
              <th colSpan={3} scope="colgroup">
                {head(a, 'A')}
              </th>
              <th colSpan={3} scope="colgroup">
                {head(b, 'B')}
              </th>
            </tr>
            <tr>
              {[0, 1].map((k) => (
                <FundHead key={k} lang={lang} />
              ))}
            </tr>
          </thead>
          <tbody>
            {funding.map((r) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row">
                  <SelectName id={r.id} label={(r.a ?? r.b)!.label} />
                </th>
                {fundingCells(r.a, 'A', lang)}
                {fundingCells(r.b, 'B', lang)}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="compare-note" data-note="person-times">
          {tr(FUNDING_TEXT.personTimes, lang)}
        </p>
      </div>
      <div className="compare-table-wrap stack-wrap">
        <table className="stack-table">
          <caption>{tr(T.exit, lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(T.criterion, lang)}</th>
              <th scope="col">{head(a, 'A')}</th>
              <th scope="col">{head(b, 'B')}</th>
            </tr>
          </thead>
          <tbody>
            {exit.map((r) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row">
                  <SelectName id={r.id} label={(r.a ?? r.b)!.entity.label} />
                </th>
                {exitCell(r.a, `A · ${nameOf(a, lang)}`, lang)}
                {exitCell(r.b, `B · ${nameOf(b, lang)}`, lang)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="compare-diff">
        <h3>{tr(T.differences, lang)}</h3>
        {(
          [
            ['responsibilities', diff.responsibilities.onlyA, diff.responsibilities.onlyB],
            ['policies', diff.policies.onlyA, diff.policies.onlyB],
          ] as const
        ).map(([what, onlyA, onlyB]) => (
          <div key={what} className="compare-diff-group" data-diff={what}>
            <h4>{tr(T[what], lang)}</h4>
            {(
              [
                ['a', a, onlyA],
                ['b', b, onlyB],
              ] as const
            ).map(([side, d, list]) => (
              <div key={side} data-only={side}>
                <p className="compare-only">
                  {tr(T.onlyIn, lang)} {head(d, side.toUpperCase())}:
                </p>
                {list.length === 0 ? (
                  <p className="compare-absent">{tr(T.nothing, lang)}</p>
                ) : (
                  <ul>
                    {list.map((item) =>
                      'leader' in item ? (
                        <li key={item.key}>
                          <SelectName id={item.leader.id} label={item.leader.label} /> → <SelectName id={item.duty.id} label={item.duty.label} />
                        </li>
                      ) : (
                        <li key={item.id}>
                          <SelectName id={item.id} label={item.label} />
                        </li>
                      ),
                    )}
                  </ul>
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

function FundHead({ lang }: { lang: Lang }) {
  return (
    <>
      <th scope="col">{tr(T.amount, lang)}</th>
      <th scope="col">{tr(T.share, lang)}</th>
      <th scope="col">{tr(T.perBeneficiary, lang)}</th>
    </>
  );
}
