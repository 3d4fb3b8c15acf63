// What the user dropped or picked → the data files of one dataset, before any validation.
// Accepts a folder (webkitdirectory or a dropped directory), several JSON files, one .zip, or one
// bundle file. Sizes are checked BEFORE anything is read, so a 50 MB file is refused at once and
// never reaches JSON.parse on the main thread; a zip's declared sizes are checked before inflating,
// and its real inflated bytes are counted while inflating (unzip.ts), so a zip that lies is stopped too.
import { looksLikeBundle, unpackBundle } from './bundle';
import { MAX_VALUES, parseJsonBytes } from '../model/reader';
import { DATA_FILES } from '../model/files';
import { readZip, wantedEntry } from './unzip';
import type { DataFile, IntakeProblem } from './types';

/** One picked or dropped file; `path` is relative to what was chosen ("folder/x.json" or "x.json"). */
export interface InputItem {
  path: string;
  size: number;
  read: () => Promise<Uint8Array>;
}

export type Gathered = { name: string; files: DataFile[] } | { problems: IntakeProblem[] };

/** Far above any real county's picture (Lankao's is 0.2 MB), far below what freezes a tab. */
export const MAX_TOTAL_BYTES = 25 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const depth = (p: string) => p.split('/').length;
const isHidden = (p: string) => p.split('/').some((seg) => seg.startsWith('.') || seg === '__MACOSX');

function tooBig(file: string, bytes: number, what: string): IntakeProblem {
  return {
    file,
    path: '',
    message: `found ${what} ${megabytes(bytes)}, so it was not read; expected at most ${megabytes(MAX_TOTAL_BYTES)} of data in all`,
  };
}

/** JSON files at the top of what was chosen (one folder level is allowed: "county/x.json"). */
function topLevelJson<T extends { path: string }>(items: readonly T[]): T[] {
  const json = items.filter((i) => /\.json$/i.test(i.path) && !isHidden(i.path));
  if (json.length === 0) return [];
  const top = Math.min(...json.map((i) => depth(i.path)));
  return json.filter((i) => depth(i.path) === top);
}

/** One problem with a whole file. */
const problem = (file: string, message: string): Gathered => ({ problems: [{ file, path: '', message }] });

function stem(p: string): string {
  return baseName(p).replace(/\.(zip|json)$/i, '') || p;
}

async function fromBundleBytes(file: string, bytes: Uint8Array): Promise<Gathered> {
  // The same strict reading (UTF-8, JSON with line and column) as every data file; a bundle holds every file, so
  // it may hold as many values as all of them.
  const parsed = parseJsonBytes(bytes, { maxValues: MAX_VALUES * DATA_FILES.length });
  // A duplicate key is refused too: once unpacked, the bundle's data would silently keep the last one.
  if (!parsed.ok || parsed.problems.length > 0) return { problems: parsed.problems.map((p) => ({ file, path: p.where, message: p.message })) };
  const json = parsed.value;
  if (!looksLikeBundle(json)) {
    const message =
      'found JSON that is neither a bundle nor a known data file; ' +
      'expected a bundle file ("format": "lankao-picture-bundle") or the data files themselves';
    return { problems: [{ file, path: '', message }] };
  }
  // Each file is checked from its own text in the bundle, exactly as a loose file would be.
  const text = new TextDecoder().decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  const out = unpackBundle(json, baseName(file), text);
  return 'problem' in out ? { problems: [{ file, path: '', message: out.problem }] } : out;
}

/** The most a zip may take to unpack: far beyond an honest data folder (Lankao's unpacks in milliseconds). */
export const ZIP_DEADLINE_MS = 15_000;

async function fromZip(item: InputItem): Promise<Gathered> {
  const file = baseName(item.path);
  const bytes = await item.read();
  const limits = { maxBytes: MAX_TOTAL_BYTES, deadlineMs: ZIP_DEADLINE_MS };
  // In a worker where the page may start one (not the single file: see unzip.ts), else on the page in slices.
  const inWorker =
    import.meta.env.MODE !== 'single' && typeof Worker === 'function' ? await (await import('./unzipInWorker')).unzipInWorker(bytes, limits) : null;
  const got = inWorker ?? (await readZip(bytes, wantedEntry, limits));
  if (!got.ok) {
    switch (got.kind) {
      case 'too-big':
        if (got.inflated === got.declared) return { problems: [tooBig(file, got.inflated, 'a zip whose files would unpack to')] };
        return {
          problems: [
            {
              file,
              path: '',
              message:
                `found a zip whose files unpack to more than ${megabytes(MAX_TOTAL_BYTES)} although its directory says ${got.declared} bytes, ` +
                `so unpacking was stopped; expected at most ${megabytes(MAX_TOTAL_BYTES)} of data in all`,
            },
          ],
        };
      case 'too-slow':
        return problem(
          file,
          `found a zip that took more than ${ZIP_DEADLINE_MS / 1000} s to unpack, so it was stopped; expected a zip of a data folder`,
        );
      case 'unsafe-names':
        return {
          problems: got.names.slice(0, 20).map((n) => ({
            file: `${file}/${n}`,
            path: '',
            message:
              'found an entry whose name leaves the zip\'s folder (an absolute path or "../"); expected the data files inside the zip\'s folder',
          })),
        };
      case 'damaged':
        // The entry it is about, where there is one: "county.zip/county/sources.json".
        return problem(got.entry ? `${file}/${got.entry}` : file, got.message);
    }
  }
  const entries = new Map(got.files.map((f) => [f.name, f.bytes]));
  const json = topLevelJson([...entries.keys()].map((path) => ({ path })));
  if (json.length === 0) return problem(file, 'found no .json file inside the zip; expected the data files (sources.json, headline.json, …)');
  if (json.length === 1) return fromBundleBytes(`${file}/${json[0]!.path}`, entries.get(json[0]!.path)!);
  return { name: stem(item.path), files: json.map((j) => ({ name: baseName(j.path), bytes: entries.get(j.path)! })) };
}

/** Turn what the user chose into data files (or say why not), reading nothing that is too big. */
export async function gather(items: readonly InputItem[], knownFiles: readonly string[]): Promise<Gathered> {
  if (items.length === 0) return problem('(nothing chosen)', 'found nothing chosen; expected a folder, JSON files, a .zip or a bundle file');
  const total = items.reduce((sum, i) => sum + i.size, 0);
  if (total > MAX_TOTAL_BYTES) {
    const biggest = items.reduce((a, b) => (b.size > a.size ? b : a));
    return { problems: [tooBig(biggest.path, total, items.length === 1 ? 'a file of' : 'files of')] };
  }
  if (items.length === 1 && /\.zip$/i.test(items[0]!.path)) return fromZip(items[0]!);
  const json = topLevelJson(items);
  if (json.length === 0) return problem(baseName(items[0]!.path), 'found no .json file; expected .json data files, a .zip or a bundle file');
  if (json.length === 1 && !knownFiles.includes(baseName(json[0]!.path))) return fromBundleBytes(baseName(json[0]!.path), await json[0]!.read());
  const folder = depth(json[0]!.path) > 1 ? json[0]!.path.split('/').slice(-2, -1)[0]! : `${json.length} JSON files`;
  const files = await Promise.all(json.map(async (j) => ({ name: baseName(j.path), bytes: await j.read() })));
  return { name: folder, files };
}
