// Pure: the twelve household policies against the household statuses, read from the graph.
// A cell is filled where the policy has an `applies-to` link to the status; the link's
// `interpretive` flag tells the book's own grouping apart from our reading of it.
import { childrenOf, edgesOf, entitiesOfKind, type EntityGraph } from '../../core/graph';
import type { Bilingual, Entity } from '../../model/schema';

export type CellKind = 'book' | 'reading' | 'none';

export interface MatrixCell {
  statusId: string;
  kind: CellKind;
  /** For 'reading' cells: the link's note, and its key into `notes` (a, b, …). */
  noteKey?: string;
  note?: Bilingual;
}

export interface MatrixRow {
  policy: Entity;
  cells: MatrixCell[];
}

export interface MatrixColumn {
  status: Entity;
  /** The categories drawn under the status (part-of children), e.g. 兜底户 → 特困户, 低保户 … */
  categories: Entity[];
}

export interface MatrixNote {
  key: string;
  text: Bilingual;
}

export interface PolicyMatrix {
  /** The `twelve-policies` entity (the policies' common parent), if present. */
  group: Entity | undefined;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Distinct notes of interpretive cells, in first-seen order. */
  notes: MatrixNote[];
  /** The distinct sources the policies cite, in first-seen order: the table's source line. */
  sources: string[];
}

const NOTE_KEYS = 'abcdefghijklmnopqrstuvwxyz';

export function buildPolicyMatrix(graph: EntityGraph): PolicyMatrix {
  const columns: MatrixColumn[] = entitiesOfKind(graph, 'household-status').map((status) => ({
    status,
    categories: childrenOf(graph, status.id)
      .map((id) => graph.model.entities.get(id))
      .filter((e): e is Entity => e?.kind === 'household-category'),
  }));
  const policies = entitiesOfKind(graph, 'policy');
  const notes: MatrixNote[] = [];
  const noteKey = (text: Bilingual): string => {
    const found = notes.find((n) => n.text.zh === text.zh && n.text.en === text.en);
    if (found) return found.key;
    const key = NOTE_KEYS[notes.length % NOTE_KEYS.length]!;
    notes.push({ key, text });
    return key;
  };
  const rows = policies.map((policy) => {
    const applies = edgesOf(graph, policy.id).filter((e) => e.direction === 'out' && e.link.type === 'applies-to');
    const cells = columns.map(({ status }): MatrixCell => {
      const edge = applies.find((e) => e.other === status.id);
      if (!edge) return { statusId: status.id, kind: 'none' };
      if (!edge.link.interpretive) return { statusId: status.id, kind: 'book' };
      return { statusId: status.id, kind: 'reading', ...(edge.link.note ? { noteKey: noteKey(edge.link.note), note: edge.link.note } : {}) };
    });
    return { policy, cells };
  });
  const parents = new Set(policies.map((p) => graph.parentOf.get(p.id)).filter((id): id is string => id !== undefined));
  const group = parents.size === 1 ? graph.model.entities.get([...parents][0]!) : undefined;
  const sources = [...new Set(policies.flatMap((p) => p.sources.map((r) => r.source)))];
  return { group, columns, rows, notes, sources };
}
