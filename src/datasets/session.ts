// The steps from "the user chose something" to "a checked dataset ready to show". Loaded on
// demand (the first time data is opened or a kept dataset is named in the URL): none of it is
// needed to show the built-in picture. No React here.
import { buildGraph } from '../core/graph';
import { DATA_FILES } from '../model/files';
import { gather, type InputItem } from './intake';
import { loadStored, saveDataset, storedFiles } from './storage';
import type { ShownDataset } from './shown';
import { cleanName } from './naming';
import { DATASET_ID_PATTERN, type DataFile, type IntakeProblem } from './types';
import { placeText, problemText, storedProblemText } from '../model/problemText';

/** Each problem with its place and message in Chinese and English (IntakeProblem's `said`). */
export function withSaid(list: readonly IntakeProblem[]): IntakeProblem[] {
  return list.map((p) => ({
    ...p,
    said: {
      zh: { place: p.path ? placeText(p.path, 'zh') : '', message: problemText(p.message, 'zh') },
      en: { place: p.path, message: p.message },
    },
  }));
}

/** `codeFailed`: the checker's own code did not arrive (offline, a new deploy): nothing was judged. */
export type Opened = { dataset: ShownDataset; kept: boolean } | { problems: IntakeProblem[] } | { codeFailed: true };

async function check(files: readonly DataFile[]) {
  // The validator (zod and the rules) is its own chunk: only people who open data pay for it.
  // Its failure to load is not the data's fault, and is said so (not as a problem of the user's file).
  const loaded = await import('./validateFiles').catch(() => null);
  if (!loaded) return { codeFailed: true as const };
  return loaded.validateDataset(files);
}

/** Let the browser paint the "checking…" state before the synchronous parse and validation run. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function openItems(items: readonly InputItem[]): Promise<Opened> {
  await nextFrame();
  const got = await gather(items, DATA_FILES);
  if ('problems' in got) return { problems: withSaid(got.problems) };
  await nextFrame();
  const result = await check(got.files);
  if ('codeFailed' in result) return result;
  if ('problems' in result) return { problems: withSaid(result.problems) };
  const name = cleanName(got.name);
  let id: string;
  let kept = true;
  try {
    id = (await saveDataset(name, got.files)).id;
  } catch {
    // Without IndexedDB the picture is still shown; it just will not survive a reload.
    kept = false;
    id = 'unsaved';
  }
  return { dataset: { id, name, userSupplied: true, graph: buildGraph(result.model), files: () => got.files }, kept };
}

/** A kept record that cannot be shown: its id, its name (or its id), and why (`problems`: its data no longer passes, the first problem and how many). */
export interface BadStored {
  id: string;
  name: string;
  reason: string;
  problems?: { count: number; first: IntakeProblem };
  /** Why, as the page says it in each language (model/problemText.ts). */
  said: { zh: string; en: string };
}

const badStored = (bad: Omit<BadStored, 'said'>): BadStored => ({
  ...bad,
  said: { zh: storedProblemText(bad, 'zh'), en: storedProblemText(bad, 'en') },
});

/** A stored dataset by id, its shape checked and its data validated again (rules may have changed since it was kept). */
export async function openStored(id: string): Promise<ShownDataset | { missing: true } | { bad: BadStored } | { codeFailed: true }> {
  if (!DATASET_ID_PATTERN.test(id)) return { missing: true };
  const rec = await loadStored(id);
  if (!rec) return { missing: true };
  if ('damaged' in rec) return { bad: badStored({ id, name: cleanName(rec.name), reason: rec.damaged }) };
  const files = storedFiles(rec);
  const result = await check(files);
  if ('codeFailed' in result) return result;
  if ('problems' in result) {
    const first = result.problems[0]!;
    const reason = `${result.problems.length} problem(s), the first: ${first.file}: ${first.path || '(root)'}: ${first.message}`;
    return { bad: badStored({ id, name: cleanName(rec.name), reason, problems: { count: result.problems.length, first } }) };
  }
  return { id, name: cleanName(rec.name), userSupplied: true, graph: buildGraph(result.model), files: () => files };
}

export { removeStored } from './storage';
