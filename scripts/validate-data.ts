// `npm run validate-data [dir]`: reads the folder with the same reader as the build
// (src/model/reader.ts), checks every file against its schema and the cross-file rules, and prints
// every problem as `file: place: what was found; what was expected`. Exit 1 when any (every line written first).
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

/**
 * Writes every line, then lets the process end by itself: `process.exit()` right after writing can cut
 * output still buffered for a pipe (`validate-data | cat` lost 20 of 501 lines), so the status is set
 * with `process.exitCode` and nothing ends the process early.
 */
function main(): void {
  const dir = path.resolve(process.argv[2] ?? 'data');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`validate-data: found no folder at ${dir}; expected a folder of data files\n`);
    process.exitCode = 2;
    return;
  }
  const checked = checkDataDir(dir);
  const problems = [...checked.problems, ...termClashesFor(checked.raw)];
  if (problems.length === 0) {
    process.stdout.write(`validate-data: ${dir} is valid (${DATA_FILES.length} files).\n`);
    return;
  }
  // One write: every problem, in order, whatever the stream is (a terminal, a file, a pipe).
  const lines = [`validate-data: ${problems.length} problem(s) in ${dir}:`, ...problems.map((p) => `  ${formatProblem(p)}`)];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) main();
