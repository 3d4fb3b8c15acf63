// `npm run validate-data [dir]`: reads the folder with the same reader as the build
// (src/model/reader.ts), checks every file against its schema and the cross-file rules, and prints
// every problem as `file: place: what was found; what was expected`. Exit 1 when any.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../src/model/files';
import { formatProblem, type Problem } from '../src/model/validate';
import { checkDataDir } from './lib/data-dir';

export function validateDir(dir: string): Problem[] {
  return checkDataDir(dir).problems;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? 'data');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`validate-data: found no folder at ${dir}; expected a folder of data files`);
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
