// `npm run validate-data [dir]`: reads the folder with the same reader as the build
// (src/model/reader.ts), checks every file against its schema and the cross-file rules, and prints
// every problem as `file: place: what was found; what was expected`. Exit 1 when any.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES, GLOSSARY_FILE } from '../src/model/files';
import { formatProblem, type Problem } from '../src/model/validate';
import { GlossaryFile } from '../src/model/rules/glossary';
import { checkDataDir } from './lib/data-dir';
import { termClashProblems } from '../src/model/rules/termClash';
import { bilingualStrings, sourceFiles } from './lib/ui-strings';

const ROOT = path.resolve(import.meta.dirname, '..');

export function validateDir(dir: string): Problem[] {
  return checkDataDir(dir).problems;
}

/**
 * The folder's glossary against this app's own strings (src/model/rules/termClash.ts): a rendering the page
 * uses for something else (say "links" for 衔接 and for the lines between items) would read two ways. Only for
 * a glossary that parsed; the CLI runs it, as it parses the whole source tree (seconds, not for every build).
 */
export function termClashesFor(raw: Record<string, unknown>): Problem[] {
  const glossary = GlossaryFile.safeParse(raw[GLOSSARY_FILE]);
  if (!glossary.success) return [];
  return termClashProblems(
    glossary.data.terms,
    sourceFiles(ROOT).flatMap(({ file, text }) => bilingualStrings(file, text)),
  );
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const dir = path.resolve(process.argv[2] ?? 'data');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`validate-data: found no folder at ${dir}; expected a folder of data files`);
    process.exit(2);
  }
  const checked = checkDataDir(dir);
  const problems = [...checked.problems, ...termClashesFor(checked.raw)];
  if (problems.length === 0) {
    console.log(`validate-data: ${dir} is valid (${DATA_FILES.length} files).`);
  } else {
    console.error(`validate-data: ${problems.length} problem(s) in ${dir}:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
}
