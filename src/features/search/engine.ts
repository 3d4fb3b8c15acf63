// The search chunk: loaded on first use (the box gets focus or "/" is pressed), never with the
// page. It brings pinyin-pro and builds the index once per graph.
import type { Bilingual, EntityKind } from '../../model/schema';
import type { Model } from '../../model/types';
import { pinyinOf } from './pinyin';
import { panelOf } from './panelOf';
import { buildSearchIndex, search, type SearchResult } from './searchIndex';

export interface SearchHit extends SearchResult {
  label: Bilingual;
  kind: EntityKind;
  panel: string;
  /** The branch it hangs from (four map items read 推进厕所革命: this tells them apart). */
  parent?: Bilingual;
}

export type Searcher = (query: string) => SearchHit[];

export function createSearcher(model: Model, limit = 12): Searcher {
  const index = buildSearchIndex(model.entityList, pinyinOf, (id) => panelOf(model, id));
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const parentOf = new Map(model.links.filter((l) => l.type === 'part-of').map((l) => [l.from, l.to]));
  return (query) =>
    search(index, query, limit).map((r) => {
      const e = byId.get(r.id)!;
      const parent = model.entities.get(parentOf.get(r.id) ?? '')?.label;
      return { ...r, label: e.label, kind: e.kind, panel: e.panel, ...(parent ? { parent } : {}) };
    });
}
