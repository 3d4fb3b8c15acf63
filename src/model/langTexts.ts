// The built-in data's words in each language, apart from its structure (issue 11, initial JavaScript).
// A page opens in one language (src/store/startLang.ts) and its first picture shows only that one, so
// the start data carries every { zh, en } emptied, and each language's strings are a module of their
// own (scripts/lib/data-plugin.ts): the page loads the one it opens in before it hydrates (the <head>
// script preloads it, src/prerender/boot.ts), the other when idle after hydration or when the reader
// switches (model/dataset.ts). Both are put back into the same objects, so the model built from the
// start data has every label once its language is here.
//
// The strings follow the emptied objects in document order (JSON key order, arrays in order), which
// the build and the page walk alike. Pure and zod-free: the build and the page both use it.
import type { Bilingual } from './schema';

export type TextLang = keyof Bilingual;
export const TEXT_LANGS: readonly TextLang[] = ['zh', 'en'];

/** A text in one or both languages: { zh, en }, or a one-language form such as a label's English `short`. */
function isText(v: object): v is Partial<Bilingual> {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (k === 'zh' || k === 'en') && typeof (v as Record<string, unknown>)[k] === 'string');
}

/**
 * Stands for "no text in this language" (a `short: { en }` has no Chinese), so both languages keep one
 * string per emptied place. A control character: the validator refuses those in data, so no text is it.
 */
const ABSENT = '\u0000';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every plain object below `root` for which `pick` holds, in document order (not below a picked one). */
function collect(root: unknown, pick: (o: Record<string, unknown>) => boolean, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(root)) for (const v of root) collect(v, pick, out);
  else if (isPlainObject(root)) {
    if (pick(root)) out.push(root);
    else for (const v of Object.values(root)) collect(v, pick, out);
  }
  return out;
}

/**
 * Empties every { zh, en } (and one-language text) of `data` in place and returns each language's strings in document order.
 * Throws where the data already holds an empty object: the page could not tell it from an emptied one.
 */
export function splitLanguages(data: object): Record<TextLang, string[]> {
  if (collect(data, (o) => Object.keys(o).length === 0).length > 0) throw new Error('the data holds an empty object');
  const texts: Record<TextLang, string[]> = { zh: [], en: [] };
  for (const o of collect(data, isText)) {
    texts.zh.push((o.zh as string | undefined) ?? ABSENT);
    texts.en.push((o.en as string | undefined) ?? ABSENT);
    delete o.zh;
    delete o.en;
  }
  return texts;
}

/** The emptied objects of each data root, found once (before any is filled: then they are the only empty ones). */
const slotsOf = new WeakMap<object, Array<Partial<Bilingual>>>();

/** Puts one language's strings back into the emptied objects of `data`, in place (again: the same). */
export function restoreLanguage(data: object, lang: TextLang, strings: readonly string[]): void {
  let slots = slotsOf.get(data);
  if (!slots) {
    slots = collect(data, (o) => Object.keys(o).length === 0);
    slotsOf.set(data, slots);
  }
  if (slots.length !== strings.length) throw new Error(`${lang} texts: ${strings.length} strings for ${slots.length} places in the data`);
  slots.forEach((slot, i) => {
    const given = strings[i] === ABSENT ? undefined : strings[i];
    const zh = lang === 'zh' ? given : slot.zh;
    const en = lang === 'en' ? given : slot.en;
    // Keys in the data's own order (zh, en), whichever language came first.
    delete slot.zh;
    delete slot.en;
    if (zh !== undefined) slot.zh = zh;
    if (en !== undefined) slot.en = en;
  });
}
