// What the page says about the dataset on screen, in as little room as it can:
//   - UserDataLine: in the header, in the subtitle's place, whenever a user's picture is shown
//     (named, marked user-supplied, one click back to Lankao) — the overview keeps its one screen;
//   - CompareStrip: a thin line above a comparison (which has no header): both names, the data
//     control and the way back;
//   - UserPictureTitle: the presentation's title over a user's picture;
//   - DatasetMessages: a notice (a dataset the link names is not kept here), "checking…" and the
//     problems of refused data, floating over the picture so that nothing on it moves.
import { tr } from '../../i18n/text';
import { onDemand } from '../../shared/useOnDemand';
import { PartLoadFailed } from '../../shared/PartLoadFailed';
import { moreProblemsText, problemLine, PROBLEMS_SHOWN, shownProblems } from './problemsList';
import type { IntakeProblem } from '../../datasets/types';
import { useLang } from '../../shared/useEntity';
import { useDatasets } from '../../datasets/context';
import type { ShownDataset } from '../../datasets/shown';
import { DataMenu } from './DataMenu';
import { DATASET_TEXT as T } from './text';
import './datasets.css';

// Only shown after a refused attempt: loads on demand. If its chunk does not arrive (offline), the problems
// are still listed, as plain lines, with a retry for the table (never a blank page: issue 25).
const problemsPanel = onDemand(() => import('./ProblemsPanel'));

function ProblemsWithoutPanel({ problems, retry, onClose }: { problems: readonly IntakeProblem[]; retry: () => void; onClose: () => void }) {
  const lang = useLang();
  return (
    <section className="dataset-problems" role="alert" data-problems-plain data-problem-count={problems.length}>
      <div className="dataset-problems-head">
        <h2>
          {tr(T.problemsTitle, lang)} ({problems.length})
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          {tr(T.close, lang)}
        </button>
      </div>
      <PartLoadFailed retry={retry} />
      <ul className="dataset-problems-scroll">
        {shownProblems(problems).shown.map((p, i) => (
          <li key={i}>
            <code>{problemLine(p, lang)}</code>
          </li>
        ))}
      </ul>
      {problems.length > PROBLEMS_SHOWN ? (
        <p data-problems-more={problems.length - PROBLEMS_SHOWN}>{moreProblemsText(problems.length - PROBLEMS_SHOWN, lang)}</p>
      ) : null}
    </section>
  );
}

function BackToLankao() {
  const lang = useLang();
  const api = useDatasets();
  return (
    <button type="button" className="dataset-back" onClick={api?.showBuiltIn}>
      {tr(T.backToLankao, lang)}
    </button>
  );
}

/**
 * The header's line under a user's picture's name (the title above it names the dataset): that it is
 * user-supplied, and the way back. No wider than the subtitle it replaces, so the header keeps one row.
 */
export function UserDataLine({ d }: { d: ShownDataset }) {
  const lang = useLang();
  return (
    <p className="dataset-banner" role="status" data-user-supplied="true" data-dataset={d.id} title={`${d.name}: ${tr(T.userWarning, lang)}`}>
      <strong className="dataset-banner-text">{tr(T.userShort, lang)}</strong>
      <BackToLankao />
    </p>
  );
}

/** A user's picture's title where a header has no room for the banner line (the presentation): it says whose. */
export function UserPictureTitle({ d }: { d: ShownDataset }) {
  const lang = useLang();
  return (
    <>
      <bdi>{d.name}</bdi> <span className="dataset-user-tag">({tr(T.userSupplied, lang)})</span>
    </>
  );
}

function NameTag({ d }: { d: ShownDataset }) {
  const lang = useLang();
  if (!d.userSupplied) return <span className="dataset-name">{tr(T.builtInName, lang)}</span>;
  return (
    <>
      <bdi className="dataset-name">{d.name}</bdi> <span className="dataset-user-tag">({tr(T.userSupplied, lang)})</span>
    </>
  );
}

export function CompareStrip({ a, b }: { a: ShownDataset; b: ShownDataset }) {
  const lang = useLang();
  const user = a.userSupplied || b.userSupplied;
  return (
    <div className="dataset-strip" data-user-supplied={String(user)}>
      <p className="dataset-banner" role="status">
        {tr(T.comparing, lang)}
        <NameTag d={a} /> ⇄ <NameTag d={b} />
        {user && <span className="dataset-strip-warning"> — {tr(T.userWarning, lang)}</span>}
      </p>
      <BackToLankao />
      <DataMenu />
    </div>
  );
}

export function DatasetMessages() {
  const lang = useLang();
  const api = useDatasets();
  const panel = problemsPanel.useModule(!!api?.problems);
  if (!api || (!api.busy && !api.notice && !api.problems)) return null;
  return (
    <div className="floating-notice dataset-messages">
      {api.busy && (
        <p className="dataset-toast" role="status" data-busy>
          {tr(T.checking, lang)}
        </p>
      )}
      {api.notice && (
        <p className="dataset-toast" role="status" data-notice>
          <span className="dataset-toast-text">{api.notice}</span>
          {api.badStored && (
            <>
              <button type="button" data-remove-kept={api.badStored.id} onClick={() => api.removeStored(api.badStored!.id)}>
                {tr(T.removeKept, lang)}
              </button>
              <button type="button" className="dataset-back" onClick={api.showBuiltIn}>
                {tr(T.backToLankao, lang)}
              </button>
            </>
          )}
          <button type="button" className="ghost" onClick={api.dismissNotice}>
            {tr(T.close, lang)}
          </button>
        </p>
      )}
      {api.problems && panel.module ? (
        <panel.module.default source={api.problems.source} problems={api.problems.list} lang={lang} onClose={api.dismissProblems} />
      ) : api.problems && panel.failed ? (
        <ProblemsWithoutPanel problems={api.problems.list} retry={panel.retry} onClose={api.dismissProblems} />
      ) : null}
    </div>
  );
}
