// The data control's chunk (loaded through onDemand.tsx): the dialog, what opening, comparing and
// restoring data do, the notices, and the effects that keep the URL and the kept list in step with
// the picture on screen. app/DatasetHost.tsx owns the state and renders this once it is here.
import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import { parseUrlState } from '../../store/url';
import { VIEWS } from '../../store/views';
import type { DatasetsHandle, DatasetsHostState } from '../../datasets/context';
import { isShownEntity, readDatasetParams, setShownGraphs, writeDatasetParams } from '../../datasets/shown';
import { documentTitleOf } from '../../datasets/naming';
import type { DatasetControl, Unavailable } from './actions';
import { DatasetMessages } from './DatasetStatus';

export { DataDialog } from './DataDialog';
export { CompareStrip, DatasetMessages, UserDataLine, UserPictureTitle } from './DatasetStatus';
export { createDatasetActions } from './actions';
export { fromDrop } from './pick';

/** The page's own title (Lankao's, from index.html), as it was before any dataset was shown. */
let lankaoTitle: string | null = null;

/** What the control keeps doing while it is on the page; renders the notices and problems. */
export function DatasetEffects({ host, control, state }: { host: DatasetsHandle; control: DatasetControl; state: DatasetsHostState }) {
  const { builtIn, initialSearch, set } = host;
  const wanted = useMemo(() => readDatasetParams(initialSearch), [initialSearch]);

  // The kept datasets (for "compare with") are listed once the page is idle: IndexedDB is not
  // opened on the way to the first picture.
  useEffect(() => {
    const id = setTimeout(control.refreshKept, 1500);
    return () => clearTimeout(id);
  }, [control]);

  // A link or reload naming a kept dataset: show it (or Lankao with a message), then restore the
  // selection the URL asked for, which could not be checked before the dataset was there.
  const restoring = state.restoring;
  useEffect(() => {
    if (!restoring) return;
    let live = true;
    void (async () => {
      const shown = await control.resolveId(wanted.ds);
      const other = wanted.vs ? await control.resolveId(wanted.vs) : null;
      if (!live) return;
      const failed = [shown, other].find((x): x is Unavailable => x !== null && 'notice' in x) ?? null;
      const a = 'notice' in shown ? builtIn : shown;
      const b = other === null || 'notice' in other ? null : other;
      set((s) => ({ ...s, restoring: false, notice: failed?.notice ?? null, badStored: failed?.bad ?? null, shown: a, other: b }));
      // Only the selection waited for the dataset (language, view and step were applied at start).
      setShownGraphs(b ? [a.graph, b.graph] : [a.graph]);
      useAppStore.setState({ selectedId: parseUrlState(initialSearch, { isKnownId: isShownEntity, views: VIEWS }).sel });
    })();
    return () => {
      live = false;
    };
  }, [restoring, wanted, control, builtIn, initialSearch, set]);

  // The URL and the set of ids ?sel= may name follow what is on screen.
  useEffect(() => {
    if (state.restoring) return;
    setShownGraphs(state.other ? [state.shown.graph, state.other.graph] : [state.shown.graph]);
    writeDatasetParams({ ds: state.shown.id, vs: state.other?.id ?? null });
  }, [state.shown, state.other, state.restoring]);

  // The tab's title names the picture on screen, and is Lankao's again when Lankao is back.
  useEffect(() => {
    if (state.restoring) return;
    lankaoTitle ??= document.title;
    document.title = documentTitleOf(state.shown, state.other, lankaoTitle);
  }, [state.shown, state.other, state.restoring]);

  return <DatasetMessages />;
}
