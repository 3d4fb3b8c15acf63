// Each part's code (features/<part>/forms.ts: the full panel, and where it has them a presentation
// stage and an export figure), found by the part's name. The list of parts is the registry's
// (src/parts/registry.ts); this only joins each part to its folder's forms, so adding a part is
// still its folder plus one line there. Every slot is a thunk: listing the forms loads no part's
// code (this module is in the full panels' chunk, not the start JavaScript).
import type { PartForms, PartMeta } from '../parts/types';
import { addPart, PARTS } from '../parts/registry';
import { VIEWS } from '../store/views';

const found = import.meta.glob<PartForms>('../features/*/forms.ts', { eager: true, import: 'default' });
const FORMS = new Map<string, PartForms>(Object.entries(found).map(([path, forms]) => [path.split('/')[2]!, forms]));

/** A part's forms; a part without a forms.ts is a mistake the registry test names (tests/parts/registry.test.ts). */
export function formsOf(name: string): PartForms | undefined {
  return FORMS.get(name);
}

/** Parts listed in the registry without a forms.ts (none, or the build's registry test fails). */
export function partsWithoutForms(): string[] {
  return PARTS.filter((p) => !FORMS.has(p.name)).map((p) => p.name);
}

/**
 * Registers a part at run time: its metadata (after the registry's parts), its forms and its view.
 * What a folder plus its line in the registry does at build time; for tests
 * (tests/parts/fixture-part.test.tsx), the app registers none.
 */
export function registerPart(meta: PartMeta, forms: PartForms): void {
  addPart(meta);
  FORMS.set(meta.name, forms);
  VIEWS.push(meta.name);
}
