// Pure: the campaign map's tree and its local UI state (which branches are open, which branch
// is shown as the root, which node the keyboard is on). No React, no DOM — the panel feeds
// these functions and renders what they return. Expansion stays out of the global store on
// purpose: it is how this one panel is folded, not something other panels or the URL share.
import { childrenOf, type EntityGraph } from '../../core/graph';

export const ROOT_ID = 'cm-root';

/** The whole part-of tree under one root, indexed once. */
export interface TreeIndex {
  readonly root: string;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly parent: ReadonlyMap<string, string>;
  /** Depth below the root (the root is 0). */
  readonly depth: ReadonlyMap<string, number>;
  /** Every id, depth-first in the book's order. */
  readonly order: readonly string[];
}

export function indexTree(root: string, kids: (id: string) => readonly string[]): TreeIndex {
  const children = new Map<string, readonly string[]>();
  const parent = new Map<string, string>();
  const depth = new Map<string, number>([[root, 0]]);
  const order: string[] = [];
  const walk = (id: string) => {
    order.push(id);
    // A malformed cycle would loop forever; the data validator should reject it, this makes sure.
    const list = kids(id).filter((k) => !depth.has(k));
    children.set(id, list);
    for (const k of list) {
      parent.set(k, id);
      depth.set(k, (depth.get(id) ?? 0) + 1);
    }
    for (const k of list) walk(k);
  };
  walk(root);
  return { root, children, parent, depth, order };
}

export function indexFromGraph(graph: EntityGraph, root = ROOT_ID): TreeIndex {
  return indexTree(root, (id) => childrenOf(graph, id));
}

export function kidsOf(index: TreeIndex, id: string): readonly string[] {
  return index.children.get(id) ?? [];
}

export function hasChildren(index: TreeIndex, id: string): boolean {
  return kidsOf(index, id).length > 0;
}

export function contains(index: TreeIndex, id: string): boolean {
  return index.depth.has(id);
}

/** True when `id` is `subRoot` or below it. */
export function isInSubtree(index: TreeIndex, id: string, subRoot: string): boolean {
  if (!contains(index, id)) return false;
  for (let cur: string | undefined = id; cur !== undefined; cur = index.parent.get(cur)) {
    if (cur === subRoot) return true;
  }
  return false;
}

export function subtreeIds(index: TreeIndex, subRoot: string): string[] {
  const out: string[] = [];
  const walk = (id: string) => {
    out.push(id);
    for (const k of kidsOf(index, id)) walk(k);
  };
  if (contains(index, subRoot)) walk(subRoot);
  return out;
}

/**
 * The branches to open so that `level` levels below `subRoot` show: level 1 opens `subRoot`
 * only (its children show), level 2 also opens those children, Infinity opens everything.
 */
export function expandToLevel(index: TreeIndex, subRoot: string, level: number): Set<string> {
  const base = index.depth.get(subRoot) ?? 0;
  return new Set(subtreeIds(index, subRoot).filter((id) => hasChildren(index, id) && (index.depth.get(id) ?? 0) - base < level));
}

/** The branches that must be open for `id` to show: its ancestors, root first. */
export function ancestorsToExpand(index: TreeIndex, id: string): string[] {
  const out: string[] = [];
  for (let cur = index.parent.get(id); cur !== undefined; cur = index.parent.get(cur)) out.unshift(cur);
  return out;
}

/** The branch a "focus this branch" command means for `id`: itself if it has children, else its parent. */
export function branchFor(index: TreeIndex, id: string): string | null {
  if (!contains(index, id)) return null;
  return hasChildren(index, id) ? id : (index.parent.get(id) ?? null);
}

/** The top-level branch (depth 1) that `id` hangs from, for colouring; null for the root. */
export function topBranchOf(index: TreeIndex, id: string): string | null {
  let cur: string | undefined = id;
  while (cur !== undefined && (index.depth.get(cur) ?? 0) > 1) cur = index.parent.get(cur);
  return cur !== undefined && index.depth.get(cur) === 1 ? cur : null;
}

// ─── what is drawn ──────────────────────────────────────────────────────────────────────────

export interface VisibleNode {
  id: string;
  /** Depth below the shown root (column in the drawing). */
  depth: number;
  /** Depth below the whole map's root (styles follow it, so a branch looks the same when focused). */
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  children: VisibleNode[];
}

export function visibleTree(index: TreeIndex, viewRoot: string, expanded: ReadonlySet<string>): VisibleNode {
  const build = (id: string, depth: number): VisibleNode => {
    const kids = kidsOf(index, id);
    const open = kids.length > 0 && expanded.has(id);
    return {
      id,
      depth,
      level: index.depth.get(id) ?? 0,
      hasChildren: kids.length > 0,
      expanded: open,
      children: open ? kids.map((k) => build(k, depth + 1)) : [],
    };
  };
  return build(contains(index, viewRoot) ? viewRoot : index.root, 0);
}

/** Depth-first list of a visible tree (the order nodes are drawn and tabbed through). */
export function flatten(v: VisibleNode): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (n: VisibleNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  walk(v);
  return out;
}

// ─── keyboard ───────────────────────────────────────────────────────────────────────────────

export type NavResult = { type: 'focus' | 'expand' | 'collapse'; id: string } | null;

/**
 * What an arrow key does on the drawn tree (left→right mind map):
 *  ArrowDown/ArrowUp — next/previous sibling; past the last (first) sibling, the next node
 *    below (above) in the same column, so Down walks a whole column as it looks on screen;
 *  ArrowRight — open a closed branch, or go to the first child of an open one;
 *  ArrowLeft — close an open branch, or go to the parent;
 *  Home — the shown root.
 * Returns null when the key does nothing here (Enter/Space belong to the selection hook).
 */
export function navigate(key: string, currentId: string, visible: VisibleNode): NavResult {
  const all = flatten(visible);
  const node = all.find((n) => n.id === currentId);
  if (!node) return key === 'Home' || key.startsWith('Arrow') ? { type: 'focus', id: visible.id } : null;
  const parentOf = new Map<string, VisibleNode>();
  for (const n of all) for (const c of n.children) parentOf.set(c.id, n);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      const column = all.filter((n) => n.depth === node.depth);
      // Depth-first order within one depth is top-to-bottom order on screen.
      const at = column.indexOf(node);
      const next = column[key === 'ArrowDown' ? at + 1 : at - 1];
      return next ? { type: 'focus', id: next.id } : null;
    }
    case 'ArrowRight':
      if (!node.hasChildren) return null;
      if (!node.expanded) return { type: 'expand', id: node.id };
      return { type: 'focus', id: node.children[0]!.id };
    case 'ArrowLeft': {
      if (node.expanded) return { type: 'collapse', id: node.id };
      const p = parentOf.get(node.id);
      return p ? { type: 'focus', id: p.id } : null;
    }
    case 'Home':
      return node.id === visible.id ? null : { type: 'focus', id: visible.id };
    default:
      return null;
  }
}

// ─── the panel's local state ────────────────────────────────────────────────────────────────

/** A one-off request to the view, applied once by the component (identified by seq). */
export interface ViewRequest {
  id: string;
  seq: number;
}

export interface MapState {
  expanded: ReadonlySet<string>;
  /** The node drawn as the root: the whole map's root, or a branch in "focus this branch". */
  viewRoot: string;
  /** The node the keyboard is on (or was last clicked); "focus this branch" acts on it. */
  current: string;
  /** Bumped when the view should be fitted again (level buttons, entering or leaving a branch). */
  fitSeq: number;
  /** Keep this node where it was on screen after it opened or closed. */
  anchor: ViewRequest | null;
  /** Pan so that this node is in view (it was selected elsewhere or from the URL). */
  reveal: ViewRequest | null;
  seq: number;
}

export type MapAction =
  | { type: 'toggle' | 'expand' | 'collapse'; id: string }
  | { type: 'level'; level: number }
  | { type: 'focusBranch'; id: string }
  | { type: 'wholeMap' }
  | { type: 'reveal'; id: string }
  | { type: 'current'; id: string };

export function initialMapState(index: TreeIndex, level: number, selectedId: string | null = null): MapState {
  const expanded = expandToLevel(index, index.root, level);
  const reveal = selectedId !== null && contains(index, selectedId);
  if (reveal) for (const a of ancestorsToExpand(index, selectedId)) expanded.add(a);
  return {
    expanded,
    viewRoot: index.root,
    current: reveal ? selectedId : index.root,
    fitSeq: 1,
    anchor: null,
    reveal: reveal ? { id: selectedId, seq: 1 } : null,
    seq: 1,
  };
}

export function createMapReducer(index: TreeIndex) {
  return function mapReducer(state: MapState, action: MapAction): MapState {
    const seq = state.seq + 1;
    switch (action.type) {
      case 'toggle':
      case 'expand':
      case 'collapse': {
        if (!hasChildren(index, action.id)) return state;
        const open = state.expanded.has(action.id);
        const want = action.type === 'toggle' ? !open : action.type === 'expand';
        if (want === open) return state;
        const expanded = new Set(state.expanded);
        if (want) expanded.add(action.id);
        else expanded.delete(action.id);
        return { ...state, expanded, seq, anchor: { id: action.id, seq } };
      }
      case 'level': {
        // Only the shown branch is refolded; branches outside it keep their state for "back".
        const expanded = new Set(state.expanded);
        for (const id of subtreeIds(index, state.viewRoot)) expanded.delete(id);
        for (const id of expandToLevel(index, state.viewRoot, action.level)) expanded.add(id);
        return { ...state, expanded, seq, fitSeq: seq, anchor: null };
      }
      case 'focusBranch': {
        const branch = branchFor(index, action.id);
        if (branch === null || branch === state.viewRoot) return state;
        const expanded = new Set(state.expanded);
        expanded.add(branch);
        const current = isInSubtree(index, state.current, branch) ? state.current : branch;
        return { ...state, expanded, viewRoot: branch, current, seq, fitSeq: seq, anchor: null };
      }
      case 'wholeMap': {
        if (state.viewRoot === index.root) return state;
        const expanded = new Set(state.expanded);
        expanded.add(index.root);
        // Open the path to the branch we were in, so it is still there to come back to.
        for (const a of ancestorsToExpand(index, state.viewRoot)) expanded.add(a);
        return { ...state, expanded, viewRoot: index.root, seq, fitSeq: seq, anchor: null, reveal: { id: state.viewRoot, seq } };
      }
      case 'reveal': {
        if (!contains(index, action.id)) return state;
        // Keep the set's identity when nothing opens, so the drawing is not recomputed.
        const missing = ancestorsToExpand(index, action.id).filter((a) => !state.expanded.has(a));
        const expanded = missing.length ? new Set([...state.expanded, ...missing]) : state.expanded;
        const inView = isInSubtree(index, action.id, state.viewRoot);
        return {
          ...state,
          expanded,
          viewRoot: inView ? state.viewRoot : index.root,
          current: action.id,
          seq,
          fitSeq: inView ? state.fitSeq : seq,
          anchor: null,
          reveal: { id: action.id, seq },
        };
      }
      case 'current':
        return contains(index, action.id) && action.id !== state.current ? { ...state, current: action.id } : state;
    }
  };
}

/** True when `id` is drawn in this state. */
export function isVisible(index: TreeIndex, state: Pick<MapState, 'expanded' | 'viewRoot'>, id: string): boolean {
  if (!isInSubtree(index, id, state.viewRoot)) return false;
  for (let cur = index.parent.get(id); cur !== undefined; cur = index.parent.get(cur)) {
    if (!state.expanded.has(cur)) return false;
    if (cur === state.viewRoot) break;
  }
  return true;
}
