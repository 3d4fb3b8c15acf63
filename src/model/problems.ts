// What is wrong with the data, in words: the file, the place in it, what was found and what was
// expected. Shared by the reader, the validator, the build and the page (no zod here).

export interface Problem {
  file: string;
  /** JSONPath-like location inside the file, e.g. `entities[3].label.en`, or `line 3, column 7`. */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The data has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}
