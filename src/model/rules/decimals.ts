// Figures as printed: where a source writes a figure with trailing zeros (3.20 亿元), the measure says
// how many decimals it has (`"decimals": 2`) and the page shows it so — 3.20, not 3.2 — in the
// overview, the printed page, the funding panel, the comparison and the CSV. JSON keeps no trailing
// zeros, so without the field the precision the book prints would be lost.
import type { Entity } from '../schema.ts';

interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Decimals written after the point: "3.20" → 2, "77350" → 0. */
const writtenDecimals = (token: string) => (token.includes('.') ? token.split('.')[1]!.length : 0);

/** The number's own decimals in JSON (3.2 → 1). */
export function ownDecimals(v: number): number {
  const s = String(v);
  if (/e/i.test(s)) return 0;
  return s.includes('.') ? s.split('.')[1]!.length : 0;
}

/** Each place in the quotes where the figure is written with more decimals than JSON keeps ("3.20" for 3.2). */
function printedDecimals(value: number, texts: readonly string[]): number | undefined {
  let most: number | undefined;
  for (const t of texts)
    for (const m of t.normalize('NFKC').matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
      const token = m[0].replace(/,/g, '');
      if (Number(token) !== value) continue;
      const d = writtenDecimals(token);
      if (most === undefined || d > most) most = d;
    }
  return most;
}

export function printedPrecisionProblems(
  entities: ReadonlyMap<string, Entity>,
  where: ReadonlyMap<string, { file: string; path: string }>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, e] of entities) {
    const at = where.get(id);
    if (!at) continue;
    e.measures?.forEach((m, k) => {
      const path = `${at.path}.measures[${k}].decimals`;
      const own = ownDecimals(m.value);
      if (m.decimals !== undefined && m.decimals < own)
        problems.push({
          file: at.file,
          path,
          message: `found ${m.decimals} decimals for ${m.value}, which has ${own}; expected at least ${own} (the figure as its source writes it)`,
        });
      const texts = m.sources.flatMap((r) => [r.quote ?? '', r.note ?? '']);
      const printed = printedDecimals(m.value, texts);
      if (printed !== undefined && printed > own && m.decimals !== printed)
        problems.push({
          file: at.file,
          path,
          message:
            `found ${m.decimals === undefined ? 'nothing' : `the number ${m.decimals}`}, where a source writes ${m.value} ` +
            `as ${m.value.toFixed(printed)}; expected "decimals": ${printed}, so that the page shows the figure as printed`,
        });
    });
  }
  return problems;
}
