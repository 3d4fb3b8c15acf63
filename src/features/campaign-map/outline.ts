// Pure: the campaign map as a flat outline of every node, in the book's order, for find-in-page
// and for keyboard and screen-reader users. Every node is a row (folded or not), so the whole
// map is in the DOM; a row under a folded branch is marked hidden, and the panel renders it
// hidden="until-found": the browser's find (and text fragments) can still match it, and its
// beforematch event names exactly that node, so the panel reveals it on the map.
import { hasChildren, type TreeIndex } from './tree';

export interface OutlineRow {
  id: string;
  /** 1 for the root, as aria-level counts. */
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  /** True when an ancestor is folded: the map does not draw it. */
  hidden: boolean;
}

export function outlineRows(index: TreeIndex, expanded: ReadonlySet<string>): OutlineRow[] {
  const hiddenBelow = new Set<string>();
  return index.order.map((id) => {
    const parent = index.parent.get(id);
    const hidden = parent !== undefined && (hiddenBelow.has(parent) || !expanded.has(parent));
    if (hidden) hiddenBelow.add(id);
    return {
      id,
      level: (index.depth.get(id) ?? 0) + 1,
      hasChildren: hasChildren(index, id),
      expanded: expanded.has(id) && hasChildren(index, id),
      hidden,
    };
  });
}
