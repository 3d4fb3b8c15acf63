// The page's own words follow the glossary too, not only data/ (issue 13): every bilingual string
// table in src — `{ zh: '…', en: '…' }` object literals: panel titles, headers, the jump menu, the
// overview's labels, aria labels — whose Chinese holds a glossary term must use the glossary's
// English rendering. The tables are found by parsing the source (the TypeScript compiler's parser,
// already a dev dependency), so a new table is checked without being registered anywhere.
// Node only: tests/scripts/ui-strings.test.ts runs it over the real tree and over planted files.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { renderingProblems, type EnglishProblem, type GlossaryTerm } from '../../src/model/rules/glossary.ts';
import { termClashProblems } from '../../src/model/rules/termClash.ts';

export interface UiString {
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** Where in the file: the chain of names down to the pair, e.g. `PART_TITLE.precision`. */
  key: string;
  /** 1-based line of the pair. */
  line: number;
  zh: string;
  en: string;
}

const literalText = (e: ts.Expression | undefined): string | undefined =>
  e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;

function propertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return name.getText();
}

/** The names from the outermost declaration down to `node`: variables, properties, array places, call names. */
function keyOf(node: ts.Node): string {
  const parts: string[] = [];
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isPropertyAssignment(p) && p.initializer === n) parts.push(propertyName(p.name));
    else if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) parts.push(p.name.text);
    else if (ts.isArrayLiteralExpression(p)) parts.push(`[${p.elements.indexOf(n as ts.Expression)}]`);
    else if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) parts.push(`${p.expression.getText()}()`);
    else if (ts.isFunctionDeclaration(p) && p.name) parts.push(p.name.text);
  }
  return parts.reverse().join('.').replace(/\.\[/g, '[');
}

/** Every `{ zh: '…', en: '…' }` pair of plain strings in one source file. */
export function bilingualStrings(file: string, text: string): UiString[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UiString[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const value = (k: string) => {
        const p = node.properties.find((q) => ts.isPropertyAssignment(q) && propertyName(q.name) === k);
        return p && ts.isPropertyAssignment(p) ? literalText(p.initializer) : undefined;
      };
      const zh = value('zh');
      const en = value('en');
      if (zh !== undefined && en !== undefined)
        found.push({ file, key: keyOf(node), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, zh, en });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The strings whose Chinese holds a glossary term that their English does not render as the glossary says. */
export function uiGlossaryProblems(files: readonly { file: string; text: string }[], terms: readonly GlossaryTerm[]): EnglishProblem[] {
  return files.flatMap(({ file, text }) =>
    bilingualStrings(file, text).flatMap((s) =>
      renderingProblems(s, terms, file, s.key).map((p) => ({ ...p, message: `${p.message} (line ${s.line})` })),
    ),
  );
}

/** The glossary renderings that the page's own strings use with another meaning (src/model/rules/termClash.ts). */
export function uiTermClashProblems(files: readonly { file: string; text: string }[], terms: readonly GlossaryTerm[]): EnglishProblem[] {
  return termClashProblems(
    terms,
    files.flatMap(({ file, text }) => bilingualStrings(file, text)),
  );
}

/** The .ts and .tsx files under `dir` (relative to `root`), in a stable order. */
export function sourceFiles(root: string, dir = 'src'): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        out.push({ file: child, text: fs.readFileSync(path.join(root, child), 'utf8') });
    }
  };
  walk(dir);
  return out;
}
