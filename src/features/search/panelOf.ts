// Which panel an entity lives in: the part drawn from its data file (the registry's `files`,
// src/parts/registry.ts). An entity may also show in other panels (a duty in the precision lanes,
// the goal on the timeline); search reveals it in its home panel, where it always is. Checked for
// every entity in Chromium (tests/e2e/search.e2e.test.ts).
import type { Bilingual } from '../../model/schema';
import type { Model } from '../../model/types';
import { partOfEntity, partTitle } from '../../parts/registry';

/** The details panel: home of an entity whose file no part draws. */
const DETAILS: Bilingual = { zh: '详情', en: 'Details' };

/** As each panel titles itself (its part's title), so a result names the heading the reader sees. */
export function panelName(panel: string): Bilingual {
  return partTitle(panel) ?? DETAILS;
}

/** The home panel of an entity; 'details' (always shown) for a file no panel draws. */
export function panelOf(model: Model, id: string): string {
  return partOfEntity(model, id)?.name ?? 'details';
}
