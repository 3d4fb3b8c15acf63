// One store, typed slices (zustand's slices pattern). It holds interaction state only; what is
// derived from it (emphasis, related sets, option objects) is computed by pure functions.
import { create, type StateCreator, type StoreApi } from 'zustand';
import type { PresentationStep } from '../model/schema';
import { DEFAULT_PANEL_VIEW, DEFAULT_URL_STATE, type Lang, type PanelViewState } from './url';

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
  /** 'overview' (default) is the one-screen picture, 'all' the grid of full panels, a panel name that panel alone. */
  view: string;
  /** Where a panel opened on its own returns to: the overview or the grid it was opened from. */
  returnView: string;
  setView: (view: string) => void;
}

export interface PresentationSlice {
  /** Index into the presented story's steps, or null when not presenting. */
  step: number | null;
  /**
   * The steps being presented: a story from the story editor, or null for the built-in presentation
   * (the data's presentation.json).
   */
  story: readonly PresentationStep[] | null;
  setStory: (story: readonly PresentationStep[] | null) => void;
  /** Only the step number (the URL restores it; the presentation then shows it). */
  setStep: (step: number | null) => void;
  /** Show a step: its panel and its entity selected. */
  showStep: (at: { step: number; view: string; selectedId: string | null }) => void;
  /** Leave the presentation: back to the overview, the last presented item still selected. */
  endPresentation: () => void;
  /** B or "." while presenting: a black screen (again, or Escape, to return). */
  blackScreen: boolean;
  toggleBlackScreen: () => void;
}

export interface PanelViewSlice {
  /** Each panel's own view (funding unit and chart, open tables): in the URL, so a link reopens it. */
  panelView: PanelViewState;
  setPanelView: (change: Partial<PanelViewState>) => void;
  /** Show or hide one panel's table. */
  toggleTable: (panel: string) => void;
}

export interface KeyboardSlice {
  /** What Escape does anywhere: end a black screen, else leave the presentation, else clear the selection (and any hover). */
  escape: () => void;
}

export type AppState = SelectionSlice & HoverSlice & LanguageSlice & ViewSlice & PresentationSlice & KeyboardSlice & PanelViewSlice;

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

const isPictureView = (view: string) => view === 'overview' || view === 'all';

const viewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_URL_STATE.view,
  returnView: DEFAULT_URL_STATE.view,
  setView: (view) => set((s) => ({ view, returnView: isPictureView(s.view) ? s.view : s.returnView })),
});

const presentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  step: null,
  story: null,
  setStory: (story) => set({ story }),
  setStep: (step) => set({ step }),
  showStep: ({ step, view, selectedId }) => set({ step, view, selectedId, hoveredId: null, blackScreen: false }),
  // Leaving returns to the overview with the last presented item still selected.
  endPresentation: () => set({ step: null, view: 'overview', hoveredId: null, blackScreen: false }),
  blackScreen: false,
  toggleBlackScreen: () => set((s) => ({ blackScreen: !s.blackScreen })),
});

const keyboardSlice: StateCreator<AppState, [], [], KeyboardSlice> = (_set, get) => ({
  escape: () => {
    const s = get();
    if (s.blackScreen) s.toggleBlackScreen();
    else if (s.step !== null) s.endPresentation();
    else if (s.selectedId !== null || s.hoveredId !== null) s.select(null);
  },
});

const panelViewSlice: StateCreator<AppState, [], [], PanelViewSlice> = (set, get) => ({
  panelView: DEFAULT_PANEL_VIEW,
  setPanelView: (change) => set({ panelView: { ...get().panelView, ...change } }),
  toggleTable: (panel) => {
    const tables = get().panelView.tables;
    set({ panelView: { ...get().panelView, tables: tables.includes(panel) ? tables.filter((p) => p !== panel) : [...tables, panel] } });
  },
});

let storeApi: StoreApi<AppState> | undefined;

export const useAppStore = create<AppState>()((...a) => {
  storeApi = a[2];
  return {
    ...selectionSlice(...a),
    ...hoverSlice(...a),
    ...languageSlice(...a),
    ...viewSlice(...a),
    ...presentationSlice(...a),
    ...panelViewSlice(...a),
    ...keyboardSlice(...a),
  };
});

/**
 * Sets the state a page's static HTML is rendered in, for the build's render and for hydrating it.
 * Both read the store through useSyncExternalStore's server snapshot, which zustand takes from
 * `getInitialState()`: left at the defaults, an English page would be rendered in Chinese at
 * build time and hydrated as Chinese, then re-rendered in English (every box moving).
 */
export function setRenderedState(state: Partial<AppState>): void {
  useAppStore.setState(state);
  const snapshot = useAppStore.getState();
  storeApi!.getInitialState = () => snapshot;
}

const initialState = useAppStore.getState();

/** Tests reset the store between cases (zustand docs: guides/testing). */
export function resetStore(): void {
  useAppStore.setState(initialState, true);
}
