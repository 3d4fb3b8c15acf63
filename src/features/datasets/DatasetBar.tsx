// The bar above the picture: which dataset is shown (and a warning when it is user-supplied),
// open / export / compare controls, the checking state and the problems of a refused dataset.
import { lazy, Suspense, useRef } from 'react';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { useDatasets } from '../../datasets/context';
import { BUILT_IN_ID } from '../../datasets/types';
import { bundleFileName, type ShownDataset } from '../../datasets/shown';
import { fromFileList } from './pick';
import { DATASET_TEXT as T } from './text';
import './datasets.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Only shown after a refused attempt, and only needed for export: both load on demand.
const ProblemsPanel = lazy(() => import('./ProblemsPanel'));
export async function exportDataset(d: ShownDataset): Promise<void> {
  const { makeBundle } = await import('../../datasets/bundle');
  download(bundleFileName(d.name), makeBundle(d.name, d.files()));
}

/** What the problems panel calls the attempt: the one file's name, or how many were picked. */
function pickedName(files: FileList | null): string {
  const n = files?.length ?? 0;
  return n === 1 ? files![0]!.name : `${n} files`;
}

function NameOf({ d }: { d: ShownDataset }) {
  const lang = useLang();
  return d.userSupplied ? <bdi className="dataset-name">{d.name}</bdi> : <span className="dataset-name">{tr(T.builtInName, lang)}</span>;
}

export function DatasetBar() {
  const lang = useLang();
  const api = useDatasets();
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  if (!api) return null;
  const { shown, other, busy, problems, notice, kept } = api;
  const user = shown.userSupplied || other?.userSupplied;
  const onPick = (input: HTMLInputElement | null, source: string) => {
    if (!input) return;
    const items = fromFileList(input.files);
    input.value = ''; // picking the same folder again must fire change again
    if (items.length > 0) api.open(items, source);
  };
  // The picture compared with is always an option, even before the kept list has loaded (it loads when idle).
  const listed = other && other.id !== BUILT_IN_ID && !kept.some((k) => k.id === other.id) ? [...kept, { id: other.id, name: other.name }] : kept;
  const compareOptions = [{ id: BUILT_IN_ID, name: tr(T.builtInName, lang) }, ...listed].filter((k) => k.id !== shown.id);
  return (
    <div className={user ? 'dataset-bar user' : 'dataset-bar'} data-dataset={shown.id} data-user-supplied={String(!!user)}>
      <p className="dataset-banner" role="status">
        {shown.userSupplied ? (
          <>
            <strong>{tr(T.userSupplied, lang)}：</strong>
            <NameOf d={shown} />
            {other && (
              <>
                {' '}
                ⇄ <NameOf d={other} />
              </>
            )}{' '}
            — {tr(T.userWarning, lang)}
          </>
        ) : (
          <>
            {tr(T.builtIn, lang)}
            {other && (
              <>
                {' '}
                ⇄ <strong>{other.userSupplied ? tr(T.userSupplied, lang) : ''}</strong> <NameOf d={other} />
                {other.userSupplied && <> — {tr(T.userWarning, lang)}</>}
              </>
            )}
          </>
        )}
      </p>
      <div className="dataset-actions">
        {(shown.userSupplied || other) && (
          <button type="button" className="dataset-back" onClick={api.showBuiltIn}>
            {tr(T.backToLankao, lang)}
          </button>
        )}
        <button type="button" className="ghost" onClick={() => folderInput.current?.click()} disabled={busy}>
          {tr(T.openFolder, lang)}
        </button>
        <button type="button" className="ghost" onClick={() => filesInput.current?.click()} disabled={busy} title={tr(T.openFilesHint, lang)}>
          {tr(T.openFiles, lang)}
        </button>
        <input
          ref={folderInput}
          type="file"
          hidden
          data-open="folder"
          // webkitdirectory is not in React's types; the attribute picks a whole folder
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => onPick(e.currentTarget, e.currentTarget.files?.[0]?.webkitRelativePath.split('/')[0] ?? 'folder')}
        />
        <input
          ref={filesInput}
          type="file"
          hidden
          multiple
          data-open="files"
          accept=".json,.zip,application/json,application/zip"
          onChange={(e) => onPick(e.currentTarget, pickedName(e.currentTarget.files))}
        />
        <button type="button" className="ghost" data-export onClick={() => void exportDataset(shown)}>
          {tr(T.exportBundle, lang)}
        </button>
        <label className="dataset-compare">
          {tr(T.compareWith, lang)}
          <select value={other?.id ?? ''} onChange={(e) => api.compareWith(e.currentTarget.value || null)} data-compare-select>
            <option value="">{tr(T.noCompare, lang)}</option>
            {compareOptions.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <span className="dataset-hint">
          {busy ? (
            <span role="status" data-busy>
              {tr(T.checking, lang)}
            </span>
          ) : (
            tr(T.dropHint, lang)
          )}
        </span>
      </div>
      {notice && (
        <p className="dataset-notice" role="status" data-notice>
          {notice}
        </p>
      )}
      {problems && (
        <Suspense fallback={null}>
          <ProblemsPanel source={problems.source} problems={problems.list} lang={lang} onClose={api.dismissProblems} />
        </Suspense>
      )}
    </div>
  );
}
