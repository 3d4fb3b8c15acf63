// The validator for datasets opened in the browser: loaded on demand (dynamic import), so zod
// and the rules stay out of the initial bundle.
//
// Seam: this is the one call the browser makes — files in, a model or every problem out. It goes
// through the same reader (src/model/reader.ts: strict UTF-8, JSON with line and column, known
// files only) and validator as `npm run validate-data` and the build, so all three accept and
// refuse the same data — except that a dataset opened here may lack English (requireEnglish: false):
// its Chinese then shows in the English view, with a note, where the built-in data must have both.
import { checkDataset } from '../model/validate';
import type { Model } from '../model/types';
import type { DataFile, IntakeProblem } from './types';

export type Validated = { model: Model } | { problems: IntakeProblem[] };

export function validateDataset(files: readonly DataFile[]): Validated {
  const result = checkDataset(
    files.map((f) => ({ name: f.name, bytes: f.bytes })),
    { requireEnglish: false },
  );
  return result.problems.length === 0 && result.model ? { model: result.model } : { problems: result.problems };
}
