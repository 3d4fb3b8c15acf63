// Entities no part can show. Some parts find their items only under a parent, by a part-of link:
// the exit standards show a criterion under its exit level, the priorities a focus item under its
// focus, the policy matrix a household category under its status. (Funds are not in the table: a
// fund outside fund-total's tree is a second funding picture the panel does not draw, which the
// scale benchmark's synthetic clones are.) An item of such a kind without that part-of link (linked by another type, or
// part of something else) validates everywhere else and simply never appears — so it is an error
// here, naming the entity and the part that expected it. (A small local table: the part registry,
// where there is one, describes the same thing.)
import type { Entity, Link } from '../schema';

interface Problem {
  file: string;
  path: string;
  message: string;
}

interface ShownUnder {
  kind: Entity['kind'];
  /** The part that shows it, and what it must be part of there. */
  part: string;
  parentKind?: Entity['kind'];
  parentId?: string;
  /** Ids of this kind that are the top of their part (fund-total), not items under it. */
  roots?: readonly string[];
  what: string;
}

export const SHOWN_UNDER: readonly ShownUnder[] = [
  { kind: 'criterion', part: 'exit-criteria', parentKind: 'exit-level', what: 'an exit level (kind "exit-level")' },
  { kind: 'focus-item', part: 'four-focuses', parentKind: 'focus', what: 'a priority (kind "focus")' },
  { kind: 'household-category', part: 'policies', parentKind: 'household-status', what: 'a household status (kind "household-status")' },
];

export function unreachableProblems(
  entities: ReadonlyMap<string, Entity>,
  where: ReadonlyMap<string, { file: string; path: string }>,
  links: ReadonlyArray<Link & { file: string; index: number }>,
): Problem[] {
  const problems: Problem[] = [];
  const fits = (rule: ShownUnder, parent: Entity | undefined) =>
    parent !== undefined && (rule.parentId !== undefined ? parent.id === rule.parentId : parent.kind === rule.parentKind);
  for (const [id, e] of entities) {
    const rule = SHOWN_UNDER.find((r) => r.kind === e.kind);
    if (!rule || rule.roots?.includes(id)) continue;
    // The funding part exists only with its total: without fund-total there is nothing to be under.
    if (rule.parentId !== undefined && !entities.has(rule.parentId)) continue;
    const own = links.filter((l) => l.from === id);
    const partOf = own.find((l) => l.type === 'part-of');
    if (partOf && fits(rule, entities.get(partOf.to))) continue;
    if (partOf && !entities.has(partOf.to)) continue; // a dangling end is reported already
    const expected = `expected a part-of link from "${id}" to ${rule.what}: the "${rule.part}" part shows a ${e.kind} only there`;
    if (partOf) {
      const parent = entities.get(partOf.to)!;
      problems.push({
        file: partOf.file,
        path: `links[${partOf.index}]`,
        message: `found "${id}" (a ${e.kind}) part-of "${parent.id}" (a ${parent.kind}), where no part can show it; ${expected}`,
      });
      continue;
    }
    // Linked to the right parent by another type (the template's crit-county-* "measures" exit-county): name that link.
    const wrongType = own.find((l) => fits(rule, entities.get(l.to)));
    const at = where.get(id);
    if (wrongType)
      problems.push({
        file: wrongType.file,
        path: `links[${wrongType.index}].type`,
        message: `found "${id}" (a ${e.kind}) linked to "${wrongType.to}" by "${wrongType.type}", so no part can show it; ${expected}`,
      });
    else if (at)
      problems.push({
        file: at.file,
        path: at.path,
        message: `found "${id}" (a ${e.kind}) with no part-of link, so no part can show it; ${expected}`,
      });
  }
  return problems;
}
