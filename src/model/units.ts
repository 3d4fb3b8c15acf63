// The units a figure may carry: a closed list, because every panel that draws a figure must
// know what it means. Each unit says what it measures (its dimension), its English form and how
// many base units it holds, so sums and shares are computed in one common unit (yuan, persons).
// A new unit is one line here. No zod: the funding panel reads this table at run time.

export type Dimension = 'money' | 'people' | 'person-times' | 'percent' | 'count' | 'area' | 'money-per-person-year' | 'money-per-person-time';

export interface UnitInfo {
  dimension: Dimension;
  /** The English forms the data may use for it. */
  en: readonly string[];
  /** Base units (yuan, persons, person-times, …) in one of this unit. */
  scale: number;
}

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  亿元: { dimension: 'money', en: ['100 million yuan'], scale: 1e8 },
  万元: { dimension: 'money', en: ['10,000 yuan'], scale: 1e4 },
  元: { dimension: 'money', en: ['yuan'], scale: 1 },
  万人: { dimension: 'people', en: ['10,000 people'], scale: 1e4 },
  人: { dimension: 'people', en: ['people', 'persons'], scale: 1 },
  万人次: { dimension: 'person-times', en: ['10,000 person-times'], scale: 1e4 },
  人次: { dimension: 'person-times', en: ['person-times'], scale: 1 },
  '%': { dimension: 'percent', en: ['%'], scale: 1 },
  个: { dimension: 'count', en: ['units', 'villages', 'townships', 'townships and subdistricts', 'villages and communities'], scale: 1 },
  平方千米: { dimension: 'area', en: ['km²'], scale: 1 },
  '元/年/人': { dimension: 'money-per-person-year', en: ['yuan per person per year'], scale: 1 },
  '元/人次': { dimension: 'money-per-person-time', en: ['yuan per person-time'], scale: 1 },
};

/** The largest believable figure per dimension, in base units: a county's budget, population, area. */
export const MAX_BASE: Readonly<Record<Dimension, number>> = {
  money: 1e12, // a trillion yuan
  people: 1e8,
  'person-times': 1e9,
  percent: 100,
  count: 1e6,
  area: 1e6,
  'money-per-person-year': 1e7,
  'money-per-person-time': 1e7,
};

/** Own entries only: a unit called "constructor" or "__proto__" is simply unknown. */
export function unitInfo(unit: string): UnitInfo | undefined {
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit] : undefined;
}

/**
 * Which dimension a measure must have, by its id, where a panel computes with it (the funding
 * panel adds amounts, divides by beneficiaries; the exit criteria compare with a threshold).
 */
export const MEASURE_DIMENSIONS: Readonly<Record<string, readonly Dimension[]>> = {
  amount: ['money'],
  beneficiaries: ['person-times'],
  'per-beneficiary': ['money-per-person-time'],
};
