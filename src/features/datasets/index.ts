// The datasets feature's one entry point: the app imports from here, never a file inside.
export { DataMenu } from './DataMenu';
export { CompareStrip, DatasetMessages, PictureTitle, UserDataLine } from './DatasetStatus';
export { fromDrop } from './pick';
export { DATASET_TEXT } from './text';
