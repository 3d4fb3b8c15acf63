// Shared shapes for datasets the user brings (see README "Bring your own county").

/** One data file as read from the user's disk, zip or bundle: its name in the data folder and its bytes. */
export interface DataFile {
  name: string;
  bytes: Uint8Array;
}

/** Where a problem is and what was expected: the same three parts validate-data prints. */
export interface IntakeProblem {
  file: string;
  path: string;
  message: string;
  /**
   * The place and the message as the page says them in each language (model/problemText.ts), added where
   * problems leave the reader's code (datasets/session.ts): the data control shows them without carrying
   * the phrase table. Without it, `path` and `message` are shown as written.
   */
  said?: Record<'zh' | 'en', { place: string; message: string }>;
}

/** The built-in picture's id in the URL (`ds=lankao`, the default) and in the store of datasets. */
export const BUILT_IN_ID = 'lankao';

/** Stored ids are short random tokens: the URL names a dataset, never carries its content. */
export const DATASET_ID_PATTERN = /^[a-z0-9]{1,32}$/;
