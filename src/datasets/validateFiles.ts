// The validator for datasets opened in the browser: loaded on demand (dynamic import), so zod
// and the rules stay out of the initial bundle. Same schema and rules as `npm run validate-data`.
//
// Seam: this is the one call the browser makes — files in, a model or every problem out. The
// byte-level reading (strict UTF-8, JSON with line and column) is the browser's copy of what the
// CLI's reader does; it folds into the shared data reader once that lands (issue 15).
import { DATA_FILES } from '../model/files';
import { validateDataset as validateRaw, type RawDataset } from '../model/validate';
import type { Model } from '../model/types';
import { jsonErrorOffset } from './jsonPosition';
import type { DataFile, IntakeProblem } from './types';

export type Validated = { model: Model } | { problems: IntakeProblem[] };

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function parseOne(f: DataFile, problems: IntakeProblem[]): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
  } catch {
    problems.push({ file: f.name, path: '', message: 'expected UTF-8 text (the file holds bytes that are not UTF-8)' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = jsonErrorOffset(text);
    const message = (e as Error).message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    problems.push({ file: f.name, path: at >= 0 ? lineCol(text, at) : '', message: `expected valid JSON (${message})` });
    return undefined;
  }
}

export function validateDataset(files: readonly DataFile[]): Validated {
  const problems: IntakeProblem[] = [];
  const raw: RawDataset = {};
  const unreadable = new Set<string>();
  for (const f of files) {
    if (!DATA_FILES.includes(f.name)) {
      problems.push({ file: f.name, path: '', message: `expected only the data files (${DATA_FILES.join(', ')}); this one is not one of them` });
      continue;
    }
    const json = parseOne(f, problems);
    if (json === undefined) unreadable.add(f.name);
    else raw[f.name] = json;
  }
  const result = validateRaw(raw);
  // A file that could not be read is reported once, not again as "missing".
  problems.push(...result.problems.filter((p) => !(unreadable.has(p.file) && p.message === 'expected the file to exist')));
  return problems.length === 0 && result.model ? { model: result.model } : { problems };
}
