// What the data control does to the picture on screen: open data, go back to Lankao, compare, and
// restore a dataset the URL names. DatasetHost (src/app) owns the state and renders it; these change
// it through the host's handle. In the data control's chunk (control.tsx), not the start JavaScript.
// Opening data never touches what is shown until the new data has passed every check.
import { tr } from '../../i18n/text';
import { useAppStore } from '../../store/store';
import type { DatasetsActions, DatasetsHandle } from '../../datasets/context';
import type { InputItem } from '../../datasets/intake';
import type { ShownDataset } from '../../datasets/shown';
import { listStored } from '../../datasets/storage';
import { BUILT_IN_ID } from '../../datasets/types';
import { DATASET_TEXT as T } from './text';

/** Reading, checking and keeping opened data: its own chunk, loaded the first time it is needed. */
const session = () => import('../../datasets/session');

/** Another picture: nothing of the last one stays selected, and a presentation of it ends. */
function resetInteraction(): void {
  const s = useAppStore.getState();
  if (s.step !== null) s.endPresentation();
  else s.select(null);
}

/** Why a dataset the URL or the compare list names cannot be shown: the notice, and the kept record if it is a bad one. */
export interface Unavailable {
  notice: string;
  bad: { id: string; name: string } | null;
}

export interface DatasetControl extends DatasetsActions {
  /** A dataset by id: the built-in one, a kept one, or what to say when it cannot be shown (never a throw). */
  resolveId: (id: string) => Promise<ShownDataset | Unavailable>;
  /** Lists the datasets kept in this browser again (for "compare with"). */
  refreshKept: () => void;
}

/** The longest an open may keep the dialog busy: the zip's own deadline and checking a 25 MB folder fit well inside. */
export const OPEN_DEADLINE_MS = 60_000;

export function createDatasetActions(host: DatasetsHandle): DatasetControl {
  const { builtIn, set } = host;
  let attempts = 0;
  const lang = () => useAppStore.getState().lang;

  const refreshKept = () => void listStored().then((kept) => set((s) => ({ ...s, kept })));

  const resolveId = async (id: string): Promise<ShownDataset | Unavailable> => {
    if (id === BUILT_IN_ID) return builtIn;
    try {
      const got = await (await session()).openStored(id);
      if ('missing' in got) return { notice: tr(T.notFound, lang()), bad: null };
      if ('codeFailed' in got) return { notice: tr(T.checkerFailed, lang()), bad: null };
      if ('bad' in got) return { notice: `${tr(T.storedBad, lang())}「${got.bad.name}」(${got.bad.id}): ${tr(got.bad.said, lang())}`, bad: got.bad };
      return got;
    } catch {
      // The session's code did not arrive, or IndexedDB failed: Lankao, with a message, never a stuck page.
      return { notice: tr(T.checkerFailed, lang()), bad: null };
    }
  };

  const open = (items: readonly InputItem[], source: string) => {
    if (host.get().busy) return;
    set((s) => ({ ...s, busy: true, problems: null, notice: null }));
    // Whatever happens (a chunk that never answers, a bug), the dialog is usable again after the deadline.
    const attempt = ++attempts;
    const current = () => attempt === attempts;
    const watchdog = setTimeout(() => {
      if (!current()) return;
      attempts++;
      set((s) => ({ ...s, busy: false, problems: { source, list: [{ file: source, path: '', message: tr(T.tooSlow, lang()) }] } }));
    }, OPEN_DEADLINE_MS);
    void session()
      .then(
        (s) => s.openItems(items),
        // The checker's own code did not arrive: say so, without blaming the user's file.
        () => ({ codeFailed: true as const }),
      )
      .catch((e: Error) => ({
        problems: [
          {
            file: source,
            path: '',
            message: `found files that could not be read (${e.message}); expected readable files`,
            said: {
              zh: { place: '', message: `发现：无法读取的文件（${e.message}）；应为：可以读取的文件` },
              en: { place: '', message: `found files that could not be read (${e.message}); expected readable files` },
            },
          },
        ],
      }))
      .then((r) => {
        clearTimeout(watchdog);
        if (!current()) return;
        if ('codeFailed' in r) {
          set((s) => ({ ...s, busy: false, notice: tr(T.checkerFailed, lang()) }));
          return;
        }
        if ('problems' in r) {
          set((s) => ({ ...s, busy: false, problems: { source, list: r.problems } }));
          return;
        }
        resetInteraction();
        set((s) => ({ ...s, busy: false, shown: r.dataset, other: null, notice: r.kept ? null : tr(T.notKept, lang()) }));
        refreshKept();
      });
  };

  const showBuiltIn = () => {
    resetInteraction();
    set((s) => ({ ...s, shown: builtIn, other: null, notice: null, badStored: null, problems: null }));
  };

  const compareWith = (id: string | null) => {
    if (id === null) {
      set((s) => ({ ...s, other: null }));
      return;
    }
    void resolveId(id).then((other) => {
      if ('notice' in other) set((s) => ({ ...s, notice: other.notice, badStored: other.bad }));
      else set((s) => ({ ...s, other, notice: null, badStored: null }));
    });
  };

  return {
    open,
    showBuiltIn,
    compareWith,
    dismissProblems: () => set((s) => ({ ...s, problems: null })),
    dismissNotice: () => set((s) => ({ ...s, notice: null, badStored: null })),
    removeStored: (id: string) =>
      void session()
        .then((s) => s.removeStored(id))
        .then(
          () => {
            set((s) => ({ ...s, notice: null, badStored: null }));
            refreshKept();
          },
          () => set((s) => ({ ...s, notice: tr(T.removeFailed, lang()) })),
        ),
    resolveId,
    refreshKept,
  };
}
