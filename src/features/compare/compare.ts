// What two pictures have in common and where they differ (no React, no DOM). Entities are
// matched by id AND kind: the same id naming a different kind of thing is not a counterpart.
//   funding      — each part of fund-total: amount, share of the total, yuan per beneficiary
//   exit figures — each assessed criterion: the value against its threshold, pass or not
//   differences  — responsibilities (responsible-for links) and household policies only one side has
import type { EntityGraph } from '../../core/graph';
import type { Bilingual, Entity } from '../../model/schema';
// The figures are the domain's (src/domain/), as the funding and exit panels show them: not through
// those panels' entries, which would bring their charts (ECharts) into this pure module.
import { convert, fundShares, type FundShares } from '../../domain/funding';
import { assessedCriteria, type AssessedCriterion } from '../../domain/criteria';

export type Side = 'a' | 'b';

/** Is `id` the same kind of thing in both pictures? (Then selecting it on one side lights the other.) */
export function isCounterpart(a: EntityGraph, b: EntityGraph, id: string): boolean {
  const ea = a.model.entities.get(id);
  const eb = b.model.entities.get(id);
  return !!ea && !!eb && ea.kind === eb.kind;
}

export interface FundingFigure {
  label: Bilingual;
  /** In 亿元 (100 million yuan). */
  amountYi: number;
  share: number;
  /** Yuan per beneficiary (person-time); undefined without a beneficiaries figure. */
  perBeneficiary?: number;
}

export interface FundingRow {
  id: string;
  a?: FundingFigure;
  b?: FundingFigure;
}

function fundingFigures(g: EntityGraph): Map<string, FundingFigure> {
  const out = new Map<string, FundingFigure>();
  const f = fundShares(g); // a picture without fund-total simply has no funding to compare
  if (!f) return out;
  const per = (m: FundShares['amount']) => (f.beneficiaries ? convert(m, 'per', f.beneficiaries) : undefined);
  out.set(f.total.id, { label: f.total.label, amountYi: convert(f.amount, 'yi'), share: 1, perBeneficiary: per(f.amount) });
  for (const p of f.parts) out.set(p.id, { label: p.entity.label, amountYi: convert(p.amount, 'yi'), share: p.share, perBeneficiary: per(p.amount) });
  return out;
}

/** The total first, then the parts in the first picture's order, then the second's own. */
export function compareFunding(a: EntityGraph, b: EntityGraph): FundingRow[] {
  const fa = fundingFigures(a);
  const fb = fundingFigures(b);
  const ids = [...new Set([...fa.keys(), ...fb.keys()])];
  return ids.map((id) => ({ id, a: fa.get(id), b: fb.get(id) }));
}

export interface ExitRow {
  id: string;
  a?: AssessedCriterion;
  b?: AssessedCriterion;
}

export function compareExit(a: EntityGraph, b: EntityGraph): ExitRow[] {
  const ca = new Map(assessedCriteria(a).map((c) => [c.id, c]));
  const cb = new Map(assessedCriteria(b).map((c) => [c.id, c]));
  return [...new Set([...ca.keys(), ...cb.keys()])].map((id) => ({ id, a: ca.get(id), b: cb.get(id) }));
}

export interface Responsibility {
  key: string;
  leader: Entity;
  duty: Entity;
}

function responsibilities(g: EntityGraph): Map<string, Responsibility> {
  const out = new Map<string, Responsibility>();
  for (const l of g.model.links) {
    if (l.type !== 'responsible-for') continue;
    const leader = g.model.entities.get(l.from);
    const duty = g.model.entities.get(l.to);
    if (leader && duty) out.set(`${l.from}→${l.to}`, { key: `${l.from}→${l.to}`, leader, duty });
  }
  return out;
}

const policies = (g: EntityGraph) => new Map(g.model.entityList.filter((e) => e.kind === 'policy').map((e) => [e.id, e]));

export interface Differences {
  responsibilities: { onlyA: Responsibility[]; onlyB: Responsibility[] };
  policies: { onlyA: Entity[]; onlyB: Entity[] };
}

const only = <T>(mine: Map<string, T>, theirs: Map<string, T>) => [...mine].filter(([k]) => !theirs.has(k)).map(([, v]) => v);

export function compareDifferences(a: EntityGraph, b: EntityGraph): Differences {
  const ra = responsibilities(a);
  const rb = responsibilities(b);
  const pa = policies(a);
  const pb = policies(b);
  return {
    responsibilities: { onlyA: only(ra, rb), onlyB: only(rb, ra) },
    policies: { onlyA: only(pa, pb), onlyB: only(pb, pa) },
  };
}
