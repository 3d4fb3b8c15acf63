// Owns which dataset is on screen: the built-in Lankao picture, one the user opened (kept in
// IndexedDB and named in the URL by its id), or two of them side by side. What changes it (open,
// compare, back to Lankao, restore a dataset the URL names) is the data control's code
// (features/datasets/control.tsx), its own chunk: fetched when the page is idle after hydration, at
// once where the URL names a kept dataset or a file is dropped. Opening data never touches what is
// shown until the new data has passed every check.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { App } from './App';
import { onDemand } from '../shared/useOnDemand';
import { withBothLanguages } from '../model/dataset';
import { PartLoadFailed } from '../shared/PartLoadFailed';
import { tr } from '../i18n/text';
import { useAppStore } from '../store/store';
import { DatasetsContext, type DatasetsApi, type DatasetsHandle, type DatasetsHostState } from '../datasets/context';
import { readDatasetParams, type ShownDataset } from '../datasets/shown';
import { BUILT_IN_ID } from '../datasets/types';
import { DATASET_START_TEXT as T, datasetControl, type DatasetControl } from '../features/datasets';

const compareView = onDemand(withBothLanguages(() => import('./CompareView'), { optional: true }));

function CompareView({ a, b }: { a: ShownDataset; b: ShownDataset }) {
  const { module: loaded, failed, retry } = compareView.useModule(true);
  if (loaded) return <loaded.CompareView a={a} b={b} />;
  return failed ? <PartLoadFailed retry={retry} /> : null;
}

/** The whole page is a drop target; the overlay says what a drop will do. */
function useDropTarget(onDrop: (data: DataTransfer) => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overFn = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      onDrop(e.dataTransfer!);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  return over;
}

export function DatasetHost({ builtIn, initialSearch }: { builtIn: ShownDataset; initialSearch: string }) {
  const lang = useAppStore((s) => s.lang);
  const needsRestore = useMemo(() => {
    const wanted = readDatasetParams(initialSearch);
    return wanted.ds !== BUILT_IN_ID || wanted.vs !== null;
  }, [initialSearch]);
  const [state, setState] = useState<DatasetsHostState>({
    shown: builtIn,
    other: null,
    busy: false,
    problems: null,
    notice: null,
    badStored: null,
    kept: [],
    restoring: needsRestore,
  });
  const stateRef = useRef(state);
  stateRef.current = state;
  const host: DatasetsHandle = useMemo(() => ({ builtIn, initialSearch, get: () => stateRef.current, set: setState }), [builtIn, initialSearch]);

  // Something the reader did waits for the control (a drop): its failure is shown, not a failed idle fetch.
  const [asked, setAsked] = useState(false);
  const { module: control, failed, retry } = datasetControl.useModule(needsRestore || asked);
  const actions = useMemo(() => (control ? control.createDatasetActions(host) : null), [control, host]);
  const actionsRef = useRef<DatasetControl | null>(actions);
  actionsRef.current = actions;
  // Until the control is here the context is null: the header shows Lankao's title and the data button, as prerendered.
  const api: DatasetsApi | null = useMemo(() => (actions ? { ...state, ...actions } : null), [state, actions]);

  const onDrop = useCallback(
    (data: DataTransfer) => {
      setAsked(true);
      void datasetControl
        .preload()
        .then(async (c) => {
          const items = await c.fromDrop(data);
          (actionsRef.current ?? c.createDatasetActions(host)).open(items, items[0]?.path.split('/')[0] ?? 'drop');
        })
        .catch(() => {}); // the control's failure is shown below, with a retry
    },
    [host],
  );
  const dragging = useDropTarget(onDrop);

  let body: ReactNode;
  if (state.restoring)
    body =
      needsRestore && failed ? (
        <PartLoadFailed retry={retry} />
      ) : (
        <p className="dataset-restoring" role="status">
          {tr(T.restoring, lang)}
        </p>
      );
  else if (state.other && control)
    body = (
      <>
        <control.CompareStrip a={state.shown} b={state.other} />
        <CompareView a={state.shown} b={state.other} />
      </>
    );
  else body = <App key={state.shown.id} graph={state.shown.graph} />;

  return (
    <DatasetsContext.Provider value={api}>
      {body}
      {control && actions ? <control.DatasetEffects host={host} control={actions} state={state} /> : null}
      {asked && failed && !state.restoring ? (
        <div className="floating-notice dataset-messages">
          <PartLoadFailed retry={retry} />
        </div>
      ) : null}
      {dragging && (
        <div className="dataset-drop-overlay" aria-hidden="true">
          {tr(T.dropHere, lang)}
        </div>
      )}
    </DatasetsContext.Provider>
  );
}
