// One store, typed slices (zustand's slices pattern). It holds interaction state only; what is
// derived from it (emphasis, related sets, option objects) is computed by pure functions.
import { create, type StateCreator } from 'zustand';
import { DEFAULT_URL_STATE, type Lang } from './url';

export interface SelectionSlice {
  selectedId: string | null;
  /** Commit a selection (null clears). Ends any hover preview: the commit is what shows. */
  select: (id: string | null) => void;
  /** Select, or clear when the same entity is chosen again. */
  toggle: (id: string) => void;
}

export interface HoverSlice {
  hoveredId: string | null;
  hover: (id: string | null) => void;
}

export interface LanguageSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export interface ViewSlice {
  /** 'all' shows the dashboard grid; a panel name shows that panel alone. */
  view: string;
  setView: (view: string) => void;
}

export interface PresentationSlice {
  /** Index into the presentation's steps, or null when not presenting. */
  step: number | null;
  /** Only the step number (the URL restores it; the presentation then shows it). */
  setStep: (step: number | null) => void;
  /** Show a step: its panel and its entity selected. */
  showStep: (at: { step: number; view: string; selectedId: string }) => void;
  /** Leave the presentation: back to the whole dashboard, nothing selected. */
  endPresentation: () => void;
}

export interface KeyboardSlice {
  /** What Escape does anywhere: leave the presentation, else clear the selection (and any hover). */
  escape: () => void;
}

export type AppState = SelectionSlice & HoverSlice & LanguageSlice & ViewSlice & PresentationSlice & KeyboardSlice;

const selectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  select: (id) => set({ selectedId: id, hoveredId: null }),
  toggle: (id) => set({ selectedId: get().selectedId === id ? null : id, hoveredId: null }),
});

const hoverSlice: StateCreator<AppState, [], [], HoverSlice> = (set, get) => ({
  hoveredId: null,
  hover: (id) => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
});

const languageSlice: StateCreator<AppState, [], [], LanguageSlice> = (set) => ({
  lang: DEFAULT_URL_STATE.lang,
  setLang: (lang) => set({ lang }),
});

const viewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_URL_STATE.view,
  setView: (view) => set({ view }),
});

const presentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  step: null,
  setStep: (step) => set({ step }),
  showStep: ({ step, view, selectedId }) => set({ step, view, selectedId, hoveredId: null }),
  endPresentation: () => set({ step: null, view: 'all', selectedId: null, hoveredId: null }),
});

const keyboardSlice: StateCreator<AppState, [], [], KeyboardSlice> = (_set, get) => ({
  escape: () => {
    const s = get();
    if (s.step !== null) s.endPresentation();
    else if (s.selectedId !== null || s.hoveredId !== null) s.select(null);
  },
});

export const useAppStore = create<AppState>()((...a) => ({
  ...selectionSlice(...a),
  ...hoverSlice(...a),
  ...languageSlice(...a),
  ...viewSlice(...a),
  ...presentationSlice(...a),
  ...keyboardSlice(...a),
}));

const initialState = useAppStore.getState();

/** Tests reset the store between cases (zustand docs: guides/testing). */
export function resetStore(): void {
  useAppStore.setState(initialState, true);
}
