// Which dataset is on screen, and the actions the data control offers. Provided by DatasetHost.
import { createContext, useContext } from 'react';
import type { InputItem } from './intake';
import type { ShownDataset } from './shown';
import type { IntakeProblem } from './types';

export interface DatasetsState {
  shown: ShownDataset;
  /** The second picture when comparing (?vs=), else null. */
  other: ShownDataset | null;
  busy: boolean;
  /** Problems of the last attempt to open data; what is on screen did not change. */
  problems: { source: string; list: IntakeProblem[] } | null;
  /** A one-line message (a dataset in the URL that is not in this browser, a save that failed). */
  notice: string | null;
  /** A kept dataset that could not be shown (damaged, or no longer valid): the notice offers to remove it. */
  badStored: { id: string; name: string } | null;
  /** Datasets kept in this browser, for "compare with" (`damaged`: why one cannot be opened). */
  kept: readonly { id: string; name: string; damaged?: string }[];
}

export interface DatasetsApi extends DatasetsState {
  open: (items: readonly InputItem[], source: string) => void;
  showBuiltIn: () => void;
  compareWith: (id: string | null) => void;
  dismissProblems: () => void;
  dismissNotice: () => void;
  /** Removes a kept dataset from this browser. */
  removeStored: (id: string) => void;
}

export const DatasetsContext = createContext<DatasetsApi | null>(null);

export function useDatasets(): DatasetsApi | null {
  return useContext(DatasetsContext);
}

/** What DatasetHost keeps: the state above, and whether a dataset the URL names is still being read. */
export interface DatasetsHostState extends DatasetsState {
  restoring: boolean;
}

/**
 * DatasetHost's state as the data control's code (its own chunk, features/datasets/control.tsx) reaches it:
 * the host owns the state and renders it, the control changes it.
 */
export interface DatasetsHandle {
  builtIn: ShownDataset;
  /** The URL's search as the page opened (a ?ds=/&vs= to restore, and the ?sel= that waits for it). */
  initialSearch: string;
  get: () => DatasetsHostState;
  set: (update: (s: DatasetsHostState) => DatasetsHostState) => void;
}

export type DatasetsActions = Omit<DatasetsApi, keyof DatasetsState>;
