// Rules for data from outside that parses and fits its schema but is still wrong (issue 25, point 15):
//   - a date range whose end is before its start ("2017/2014");
//   - invisible direction controls in text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): a
//     right-to-left override shows a label in another order than it is stored, so what a reader sees,
//     what search finds and what a citation copies would disagree.
// Both walk the data without recursion and report like every rule: file, place, what was expected.
import type { Entity } from '../schema.ts';

interface Problem {
  file: string;
  path: string;
  message: string;
}

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in a file, wherever it is (keys included), checked for direction controls; iteratively. */
export function bidiProblems(file: string, content: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value: content, path: '' }];
  const check = (text: string, path: string, what: string) => {
    const m = BIDI.exec(text);
    if (m)
      problems.push({
        file,
        path,
        message:
          `found the invisible direction control ${codePoint(m[0])} at character ${m.index + 1} of ${what}; ` +
          'expected plain text (remove it: it makes text show in another order than it is written)',
      });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') check(value, path, 'the text');
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
    else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        const at = path ? `${path}.${k}` : k;
        check(k, at, 'the field name');
        stack.push({ value: v, path: at });
      }
    }
  }
  return problems;
}

/** The first and the last day a date written 2017, 2017-02 or 2017-02-27 covers, as comparable text. */
function firstDay(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}`;
}
function lastDay(d: string): string {
  const [y, m = '12', day = '31'] = d.split('-');
  return `${y}-${m}-${day}`;
}

/** A range "start/end" whose end is before its start, on any entity. */
export function dateRangeProblems(entities: ReadonlyMap<string, Entity>, where: ReadonlyMap<string, { file: string; path: string }>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, e] of entities) {
    const parts = e.date?.split('/');
    if (!parts || parts.length !== 2) continue;
    const [start, end] = parts as [string, string];
    if (lastDay(end) >= firstDay(start)) continue;
    const w = where.get(id);
    if (!w) continue;
    problems.push({
      file: w.file,
      path: `${w.path}.date`,
      message: `found the range "${e.date}", whose end (${end}) is before its start (${start}); expected the earlier date first ("${end}/${start}")`,
    });
  }
  return problems;
}
