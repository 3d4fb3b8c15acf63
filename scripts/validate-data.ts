// `npm run validate-data [dir]`: checks every data file against its schema and the cross-file
// rules, and prints every problem as `file: path: what was expected`. Exit 1 when any.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../src/model/files';
import { formatProblem, validateDataset, type Problem, type RawDataset } from '../src/model/validate';

export function readDataDir(dir: string): { raw: RawDataset; problems: Problem[] } {
  const raw: RawDataset = {};
  const problems: Problem[] = [];
  for (const name of DATA_FILES) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue; // validateDataset reports the missing file
    const text = fs.readFileSync(file, 'utf8');
    try {
      raw[name] = JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      const where = pos ? lineCol(text, Number(pos[1])) : '';
      problems.push({ file: name, path: where, message: `expected valid JSON (${msg})` });
      raw[name] = null;
    }
  }
  return { raw, problems };
}

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

export function validateDir(dir: string): Problem[] {
  const { raw, problems } = readDataDir(dir);
  const unparsable = new Set(problems.map((p) => p.file));
  for (const f of unparsable) delete raw[f];
  const result = validateDataset(raw);
  // A file that is not JSON is reported once, not again as "missing".
  return [...problems, ...result.problems.filter((p) => !(unparsable.has(p.file) && p.message === 'expected the file to exist'))];
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? 'data');
  if (!fs.existsSync(dir)) {
    console.error(`validate-data: no folder at ${dir}`);
    process.exit(2);
  }
  const problems = validateDir(dir);
  if (problems.length === 0) {
    console.log(`validate-data: ${dir} is valid (${DATA_FILES.length} files).`);
  } else {
    console.error(`validate-data: ${problems.length} problem(s) in ${dir}:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
}
