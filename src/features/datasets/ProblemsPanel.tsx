import { useEffect, useRef } from 'react';
import { tr } from '../../i18n/text';
import type { Lang } from '../../store/url';
import type { IntakeProblem } from '../../datasets/types';
import { DATASET_TEXT as T } from './text';
import { downloadProblemsLabel, problemCells, moreProblemsText, problemsFileName, problemsReport, shownProblems } from './problemsList';

/** Every problem as a text file (a Blob and an object URL: offline and from file:// too). */
function downloadReport(source: string, problems: readonly IntakeProblem[], lang: Lang): void {
  const url = URL.createObjectURL(new Blob([problemsReport(source, problems, lang)], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = problemsFileName(source);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A refused dataset's problems: file, place and what was expected, one row each (text only), the first PROBLEMS_SHOWN drawn and all downloadable. */
interface ProblemsPanelProps {
  source: string;
  problems: readonly IntakeProblem[];
  lang: Lang;
  onClose: () => void;
}

export default function ProblemsPanel({ source, problems, lang, onClose }: ProblemsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [problems]);
  const { shown, more } = shownProblems(problems);
  return (
    <section className="dataset-problems" role="alert" aria-labelledby="dataset-problems-title" data-problem-count={problems.length}>
      <div className="dataset-problems-head">
        <h2 id="dataset-problems-title" ref={heading} tabIndex={-1}>
          {tr(T.problemsTitle, lang)} ({problems.length}) · <span className="dataset-source">{source}</span>
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          {tr(T.close, lang)}
        </button>
      </div>
      <p>{tr(T.problemsKept, lang)}</p>
      <div className="dataset-problems-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{tr(T.problemFile, lang)}</th>
              <th scope="col">{tr(T.problemPlace, lang)}</th>
              <th scope="col">{tr(T.problemExpected, lang)}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => {
              const { place, message } = problemCells(p, lang);
              return (
                <tr key={i} data-problem-file={p.file}>
                  <td>
                    <code>{p.file}</code>
                  </td>
                  <td>
                    <code>{place || tr(T.wholeFile, lang)}</code>
                  </td>
                  <td>{message}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="dataset-problems-more" data-problems-more={more}>
          {moreProblemsText(more, lang)}{' '}
          <button type="button" data-action="download-problems" onClick={() => downloadReport(source, problems, lang)}>
            {downloadProblemsLabel(problems.length, lang)}
          </button>
        </p>
      ) : null}
    </section>
  );
}
