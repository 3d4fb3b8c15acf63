// The template dataset (`npm run new-county`) marks everything an author must fill in with
// ⟪FILL IN …⟫. Validation refuses any text still carrying the mark, so a half-filled template can
// never pass as a real picture.
import type { Problem } from './problems.ts';

export const PLACEHOLDER_MARK = '⟪FILL IN';

function walk(value: unknown, path: string, out: Array<{ path: string; text: string }>): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER_MARK)) out.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, out);
}

/** One problem per placeholder left in a file, with its place. */
export function placeholderProblems(raw: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const [file, json] of Object.entries(raw)) {
    const found: Array<{ path: string; text: string }> = [];
    walk(json, '', found);
    for (const { path, text } of found) {
      const shown = text.length > 80 ? `${text.slice(0, 79)}…` : text;
      const message = `found the template’s ⟪FILL IN⟫ placeholder ${JSON.stringify(shown)}; expected your own value in its place`;
      problems.push({ file, path, message });
    }
  }
  return problems;
}
