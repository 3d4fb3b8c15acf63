// Owns which dataset is on screen: the built-in Lankao picture, one the user opened (kept in
// IndexedDB and named in the URL by its id), or two of them side by side. Opening data never
// touches what is shown until the new data has passed every check.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { App } from './App';
import { onDemand } from '../shared/useOnDemand';
import { PartLoadFailed } from '../shared/PartLoadFailed';
import { VIEWS } from '../store/views';
import { tr } from '../i18n/text';
import { useAppStore } from '../store/store';
import { parseUrlState } from '../store/url';
import { DatasetsContext, type DatasetsApi, type DatasetsState } from '../datasets/context';
import type { InputItem } from '../datasets/intake';
import { isShownEntity, readDatasetParams, setShownGraphs, writeDatasetParams, type ShownDataset } from '../datasets/shown';
import { listStored } from '../datasets/storage';
import { BUILT_IN_ID } from '../datasets/types';
import { DATASET_TEXT as T, CompareStrip, DatasetMessages, fromDrop } from '../features/datasets';

const compareView = onDemand(() => import('./CompareView'));

function CompareView({ a, b }: { a: ShownDataset; b: ShownDataset }) {
  const { module: loaded, failed, retry } = compareView.useModule(true);
  if (loaded) return <loaded.CompareView a={a} b={b} />;
  return failed ? <PartLoadFailed retry={retry} /> : null;
}
/** Reading, checking and keeping opened data: its own chunk, loaded the first time it is needed. */
const session = () => import('../datasets/session');

/** Another picture: nothing of the last one stays selected, and a presentation of it ends. */
function resetInteraction(): void {
  const s = useAppStore.getState();
  if (s.step !== null) s.endPresentation();
  else s.select(null);
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
  const wanted = useMemo(() => readDatasetParams(initialSearch), [initialSearch]);
  const needsRestore = wanted.ds !== BUILT_IN_ID || wanted.vs !== null;
  const [state, setState] = useState<DatasetsState & { restoring: boolean }>({
    shown: builtIn,
    other: null,
    busy: false,
    problems: null,
    notice: null,
    kept: [],
    restoring: needsRestore,
  });
  const stateRef = useRef(state);
  stateRef.current = state;

  const refreshKept = useCallback(() => void listStored().then((kept) => setState((s) => ({ ...s, kept }))), []);
  // The kept datasets (for "compare with") are listed once the page is idle: IndexedDB is not
  // opened on the way to the first picture.
  useEffect(() => {
    const id = setTimeout(refreshKept, 1500);
    return () => clearTimeout(id);
  }, [refreshKept]);

  const resolveId = useCallback(
    async (id: string): Promise<ShownDataset | string> => {
      if (id === BUILT_IN_ID) return builtIn;
      const got = await (await session()).openStored(id);
      if ('missing' in got) return tr(T.notFound, useAppStore.getState().lang);
      if ('problems' in got) return tr(T.storedInvalid, useAppStore.getState().lang);
      return got;
    },
    [builtIn],
  );

  // A link or reload naming a kept dataset: show it (or Lankao with a message), then restore the
  // selection the URL asked for, which could not be checked before the dataset was there.
  useEffect(() => {
    if (!needsRestore) return;
    let live = true;
    void (async () => {
      const shown = await resolveId(wanted.ds);
      const other = wanted.vs ? await resolveId(wanted.vs) : null;
      if (!live) return;
      const notice = [shown, other].find((x): x is string => typeof x === 'string') ?? null;
      const a = typeof shown === 'string' ? builtIn : shown;
      const b = other === null || typeof other === 'string' ? null : other;
      setState((s) => ({ ...s, restoring: false, notice, shown: a, other: b }));
      // Only the selection waited for the dataset (language, view and step were applied at start).
      setShownGraphs(b ? [a.graph, b.graph] : [a.graph]);
      useAppStore.setState({ selectedId: parseUrlState(initialSearch, { isKnownId: isShownEntity, views: VIEWS }).sel });
    })();
    return () => {
      live = false;
    };
  }, [needsRestore, wanted, resolveId, builtIn, initialSearch, refreshKept]);

  // The URL and the set of ids ?sel= may name follow what is on screen.
  useEffect(() => {
    if (state.restoring) return;
    setShownGraphs(state.other ? [state.shown.graph, state.other.graph] : [state.shown.graph]);
    writeDatasetParams({ ds: state.shown.id, vs: state.other?.id ?? null });
  }, [state.shown, state.other, state.restoring]);

  const open = useCallback(
    (items: readonly InputItem[], source: string) => {
      if (stateRef.current.busy) return;
      setState((s) => ({ ...s, busy: true, problems: null, notice: null }));
      void session()
        .then((s) => s.openItems(items))
        .catch((e: Error) => ({ problems: [{ file: source, path: '', message: `expected readable files (${e.message})` }] }))
        .then((r) => {
          if ('problems' in r) {
            setState((s) => ({ ...s, busy: false, problems: { source, list: r.problems } }));
            return;
          }
          resetInteraction();
          setState((s) => ({ ...s, busy: false, shown: r.dataset, other: null, notice: r.kept ? null : tr(T.notKept, useAppStore.getState().lang) }));
          refreshKept();
        });
    },
    [refreshKept],
  );

  const showBuiltIn = useCallback(() => {
    resetInteraction();
    setState((s) => ({ ...s, shown: builtIn, other: null, notice: null, problems: null }));
  }, [builtIn]);

  const compareWith = useCallback(
    (id: string | null) => {
      if (id === null) {
        setState((s) => ({ ...s, other: null }));
        return;
      }
      void resolveId(id).then((other) => {
        if (typeof other === 'string') setState((s) => ({ ...s, notice: other }));
        else setState((s) => ({ ...s, other, notice: null }));
      });
    },
    [resolveId],
  );

  const dismissProblems = useCallback(() => setState((s) => ({ ...s, problems: null })), []);
  const dismissNotice = useCallback(() => setState((s) => ({ ...s, notice: null })), []);
  const onDrop = useCallback(
    (data: DataTransfer) => void fromDrop(data).then((items) => open(items, items[0]?.path.split('/')[0] ?? 'drop')),
    [open],
  );
  const dragging = useDropTarget(onDrop);

  const api: DatasetsApi = useMemo(
    () => ({ ...state, open, showBuiltIn, compareWith, dismissProblems, dismissNotice }),
    [state, open, showBuiltIn, compareWith, dismissProblems, dismissNotice],
  );

  let body: ReactNode;
  if (state.restoring)
    body = (
      <p className="dataset-restoring" role="status">
        {tr(T.restoring, lang)}
      </p>
    );
  else if (state.other)
    body = (
      <>
        <CompareStrip a={state.shown} b={state.other} />
        <CompareView a={state.shown} b={state.other} />
      </>
    );
  else body = <App key={state.shown.id} graph={state.shown.graph} />;

  return (
    <DatasetsContext.Provider value={api}>
      {body}
      <DatasetMessages />
      {dragging && (
        <div className="dataset-drop-overlay" aria-hidden="true">
          {tr(T.dropHere, lang)}
        </div>
      )}
    </DatasetsContext.Provider>
  );
}
