// The dataset bar's one entry point: the app imports from here, never a file inside.
export { DatasetBar } from './DatasetBar';
export { fromDrop } from './pick';
export { DATASET_TEXT } from './text';
