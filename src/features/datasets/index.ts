// The datasets feature's one entry point: the app imports from here, never a file inside.
// The data control's code is its own chunk (onDemand.tsx): import what the start needs from here.
export { DataMenu } from './DataMenu';
export { datasetControl, PictureTitle, UserDataLine } from './onDemand';
export { DATASET_START_TEXT } from './startText';
export type { DatasetControl } from './actions';
