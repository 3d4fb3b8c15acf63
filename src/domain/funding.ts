// The funding's figures, once, for every surface that shows them (the overview, the funding panel
// and its CSV, the comparison, the printed table): the total, its funds' shares of it — each amount
// converted to yuan first, so a fund in 万元 under a total in 亿元 gets its true share — and the
// figures per beneficiary. Pure: no React, no ECharts (the domain tier, below the features).
import { childrenOf, outgoing, type EntityGraph } from '../core/graph';
import type { Entity, Measure } from '../model/schema';
import { unitInfo } from '../model/units';
import type { FundUnit } from '../store/url';

export interface FundPart {
  id: string;
  entity: Entity;
  amount: Measure;
  /** amount ÷ the total's amount (both in yuan), 0–1. */
  share: number;
  /** The support types this fund pays for (`funds` links). */
  supportTypes: Entity[];
}

export interface FundShares {
  total: Entity;
  amount: Measure;
  beneficiaries?: Measure;
  perBeneficiary?: Measure;
  parts: FundPart[];
  /** Sum of the parts, in the total's unit (to show whether they add up). */
  partsSum: number;
}

/** Yuan (or persons) per unit as printed, from the one unit table the validator also checks against. */
export function scaleOf(unit: string): number {
  const s = unitInfo(unit)?.scale;
  if (s === undefined) throw new Error(`funding: unknown unit "${unit}"`);
  return s;
}

const measure = (e: Entity, id: string) => e.measures?.find((m) => m.id === id);

/** A measure in yuan (or persons): its value times its unit's scale. */
export const inBaseUnits = (m: Measure): number => m.value * scaleOf(m.unit);

/**
 * The total (`totalId`, with an `amount` measure) and its funds (part-of children of kind `fund`
 * with an `amount`), in the data's order; undefined for a picture without that total.
 */
export function fundShares(graph: EntityGraph, totalId = 'fund-total'): FundShares | undefined {
  const total = graph.model.entities.get(totalId);
  const amount = total && measure(total, 'amount');
  if (!total || !amount) return undefined;
  const totalYuan = inBaseUnits(amount);
  const parts: FundPart[] = [];
  for (const id of childrenOf(graph, totalId)) {
    const entity = graph.model.entities.get(id);
    const a = entity && entity.kind === 'fund' ? measure(entity, 'amount') : undefined;
    if (!entity || !a) continue;
    parts.push({
      id,
      entity,
      amount: a,
      // A total of 0 (every part 0) is valid data; its shares are 0, not 0/0 = "NaN%".
      share: totalYuan > 0 ? inBaseUnits(a) / totalYuan : 0,
      supportTypes: outgoing(graph, id, 'funds')
        .map((s) => graph.model.entities.get(s))
        .filter((s): s is Entity => s !== undefined),
    });
  }
  const partsSum = parts.reduce((sum, p) => sum + inBaseUnits(p.amount) / scaleOf(amount.unit), 0);
  return { total, amount, beneficiaries: measure(total, 'beneficiaries'), perBeneficiary: measure(total, 'per-beneficiary'), parts, partsSum };
}

/** An amount in 亿元 ('yi'), 万元 ('wan') or yuan per beneficiary ('per': divided by all beneficiaries, a derived figure). */
export function convert(amount: Measure, unit: FundUnit, beneficiaries?: Measure): number {
  const yuan = inBaseUnits(amount);
  if (unit === 'yi') return yuan / 1e8;
  if (unit === 'wan') return yuan / 1e4;
  if (!beneficiaries) throw new Error('funding: per-beneficiary figures need the beneficiaries measure');
  return perBeneficiary(amount, beneficiaries);
}

/** Yuan per beneficiary (person-time): the amount in yuan over the beneficiaries in persons. */
export function perBeneficiary(amount: Measure, beneficiaries: Measure): number {
  return inBaseUnits(amount) / inBaseUnits(beneficiaries);
}
