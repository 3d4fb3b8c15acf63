// How the figures every surface shares are written, once: a comparator's sign and a share of a
// total. Pure (the domain tier).
import type { Measure } from '../model/schema';

const SIGN: Record<NonNullable<Measure['comparator']>, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** "≤" for '<=', "≥" for '>=' (as the book prints a standard); '' for none. */
export function comparatorSign(comparator: Measure['comparator'] | undefined): string {
  return comparator ? SIGN[comparator] : '';
}

/** A share (0–1) as a percentage with one decimal, rounded half up: 0.4448 → "44.5%", 0.32 → "32.0%". */
export function shareText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
