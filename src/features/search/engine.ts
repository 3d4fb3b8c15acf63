// The search chunk: loaded on first use (the box gets focus or "/" is pressed), never with the
// page. It builds the index once per graph. The built-in labels' pinyin comes from a table made
// at build time; pinyin-pro (~140 KB gzip) loads only for labels that table does not know, i.e.
// when a county's own data is open.
import readings from 'virtual:lankao-readings';
import type { Bilingual, EntityKind } from '../../model/schema';
import type { Model } from '../../model/types';
import { panelOf } from './panelOf';
import { hasHan, NO_READING, readingFromToned } from './reading';
import { buildSearchIndex, search, type PinyinOf, type SearchResult } from './searchIndex';

export interface SearchHit extends SearchResult {
  label: Bilingual;
  kind: EntityKind;
  panel: string;
  /** The branch it hangs from (four map items read 推进厕所革命: this tells them apart). */
  parent?: Bilingual;
}

/** The best hits, and how many matched in all. */
export type Searcher = (query: string) => { hits: SearchHit[]; total: number };

// Eight results fit under the header on a 720 px projector without a scrolling list (a list
// that scrolls would need a tab stop of its own); the count tells when to type more.
export async function createSearcher(model: Model, limit = 8, known: Readonly<Record<string, readonly string[]>> = readings): Promise<Searcher> {
  const aliases = model.glossary.flatMap((t) => (t.aliases ? [t.zh, ...(t.aliases.zh ?? [])] : []));
  const unknown = [...model.entityList.map((e) => e.label.zh), ...aliases].some((zh) => hasHan(zh) && !Object.hasOwn(known, zh));
  const library = unknown ? await import('./pinyin') : null;
  const pinyinOf: PinyinOf = (text) => {
    const toned = Object.hasOwn(known, text) ? known[text] : undefined;
    if (toned) return readingFromToned(toned);
    return library ? library.pinyinOf(text) : NO_READING;
  };
  const index = buildSearchIndex(model.entityList, pinyinOf, (id) => panelOf(model, id), model.glossary);
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const parentOf = new Map(model.links.filter((l) => l.type === 'part-of').map((l) => [l.from, l.to]));
  return (query) => {
    const all = search(index, query, Infinity);
    const hits = all.slice(0, limit).map((r) => {
      const e = byId.get(r.id)!;
      const parent = model.entities.get(parentOf.get(r.id) ?? '')?.label;
      return { ...r, label: e.label, kind: e.kind, panel: e.panel, ...(parent ? { parent } : {}) };
    });
    return { hits, total: all.length };
  };
}
