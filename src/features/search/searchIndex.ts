// Search, pure: an index built once from the model, then one query scored against every entry.
// No DOM, no React, no pinyin library: the pinyin reading of each label is passed in (see
// pinyin.ts), so this module and its tests stay small and the library loads only with search.
//
// Why a hand-written scorer and no search library: see README.md in this folder (measured).
import type { Bilingual, Entity, EntityKind } from '../../model/schema';

/** The pinyin of a Chinese text, one syllable per Chinese character (other characters dropped). */
export interface PinyinReading {
  /** With tone marks: jīng zhǔn … */
  toned: readonly string[];
  /** Without tones, ü written v (as typed on a keyboard): jing zhun … */
  plain: readonly string[];
  /** With tone numbers: jing1 zhun3 … */
  numbered: readonly string[];
}
export type PinyinOf = (text: string) => PinyinReading;

/** Where a query matched, for ranking and for telling the user why a result is there. */
export type MatchField = 'zh' | 'en' | 'printed' | 'pinyin' | 'initials' | 'source';

interface Syllables {
  /** Syllables joined without spaces. */
  text: string;
  /** Offsets in `text` where a syllable starts. */
  starts: ReadonlySet<number>;
}

export interface SearchEntry {
  id: string;
  kind: EntityKind;
  panel: string;
  label: Bilingual;
  zh: string;
  en: string;
  printed: string;
  toned: Syllables;
  plain: Syllables;
  numbered: Syllables;
  initials: string;
  /** The quotes of the entity's sources (and of its measures), as written. */
  quotes: readonly string[];
  quotesFolded: readonly string[];
  /** Every field above in one string: a query absent from it cannot match (one test per entry). */
  haystack: string;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
}

export interface SearchResult {
  id: string;
  score: number;
  field: MatchField;
  /** The source quote that matched, when the match was in a source. */
  quote?: string;
}

/** Case, width and accent folding for text fields (NFKC turns full-width ＡＢＣ１ into ABC1). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Like fold, and English accents go too (so "revitalisation" and "Revitalisation" match alike). */
function foldLatin(text: string): string {
  return fold(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

function syllables(list: readonly string[]): Syllables {
  const starts = new Set<number>();
  let text = '';
  for (const s of list) {
    starts.add(text.length);
    text += s.toLowerCase();
  }
  return { text, starts };
}

function quotesOf(e: Entity): string[] {
  const out = new Set<string>();
  for (const s of e.sources) if (s.quote) out.add(s.quote);
  for (const m of e.measures ?? []) for (const s of m.sources ?? []) if (s.quote) out.add(s.quote);
  return [...out];
}

export function buildSearchIndex(entities: readonly Entity[], pinyinOf: PinyinOf, panelOf: (id: string) => string): SearchIndex {
  const entries = entities.map((e): SearchEntry => {
    const reading = pinyinOf(e.label.zh);
    const quotes = quotesOf(e);
    const entry: Omit<SearchEntry, 'haystack'> = {
      id: e.id,
      kind: e.kind,
      panel: panelOf(e.id),
      label: e.label,
      zh: fold(e.label.zh),
      en: foldLatin(e.label.en),
      printed: e.printed ? fold(e.printed) : '',
      toned: syllables(reading.toned),
      plain: syllables(reading.plain),
      numbered: syllables(reading.numbered),
      initials: reading.plain.map((s) => s[0] ?? '').join(''),
      quotes,
      quotesFolded: quotes.map(foldLatin),
    };
    const { zh, en, printed, toned, plain, numbered, initials, quotesFolded } = entry;
    const haystack = [zh, en, printed, toned.text, plain.text, numbered.text, initials, ...quotesFolded].join('\n');
    return { ...entry, haystack };
  });
  return { entries };
}

// ─── scoring ────────────────────────────────────────────────────────────────────────────────
// A higher score is a better match; 0 is no match. The order of the tiers is what matters:
// a whole label beats its start, which beats a word inside it; the label in either language
// beats its pinyin, which beats initials, which beat a quote in the sources.

const TONE_MARKS = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

type QueryShape = 'text' | 'pinyin' | 'toned' | 'numbered';

interface Query {
  text: string;
  latin: string;
  /** The query as pinyin: spaces and apostrophes (xi'an) dropped, ü written v. */
  pinyin: string;
  shape: QueryShape;
  /** The distinct forms above: an entry whose haystack holds none of them cannot match. */
  needles: readonly string[];
}

export function parseQuery(raw: string): Query | null {
  const text = fold(raw);
  if (!text) return null;
  const pinyin = text.replace(/[\s']/g, '').replace(/ü/g, 'v').replace(/u:/g, 'v');
  const shape: QueryShape = /^[a-zv]+$/.test(pinyin)
    ? 'pinyin'
    : /^[a-zvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+$/.test(pinyin) && TONE_MARKS.test(pinyin)
      ? 'toned'
      : /^[a-zv][a-zv0-5]*$/.test(pinyin) && /\d/.test(pinyin)
        ? 'numbered'
        : 'text';
  const latin = foldLatin(raw);
  const asPinyin = shape === 'toned' ? pinyin.replace(/v/g, 'ü') : pinyin;
  return { text, latin, pinyin: asPinyin, shape, needles: [...new Set([text, latin, asPinyin])] };
}

function textScore(field: string, q: string, whole: number, start: number, inner: number): number {
  if (!field || !q) return 0;
  if (field === q) return whole;
  if (field.startsWith(q)) return start;
  return field.includes(q) ? inner : 0;
}

/** English: a match at the start of a word counts more than one inside a word. */
function englishScore(field: string, q: string): number {
  const s = textScore(field, q, 100, 88, 0);
  if (s) return s;
  const at = field.indexOf(q);
  if (at < 0) return 0;
  return /[a-z0-9]/.test(field[at - 1] ?? ' ') ? 40 : 70;
}

/** Pinyin: the query must start on a syllable (so "un" does not find zhǔn). */
function syllableScore(s: Syllables, q: string): number {
  if (!s.text || !q) return 0;
  if (s.text === q) return 90;
  if (s.text.startsWith(q)) return 80;
  for (let at = s.text.indexOf(q, 1); at >= 0; at = s.text.indexOf(q, at + 1)) if (s.starts.has(at)) return 60;
  return 0;
}

function initialsScore(initials: string, q: string): number {
  if (q.length < 2 || !initials) return 0;
  if (initials === q) return 85;
  if (initials.startsWith(q)) return 75;
  return initials.includes(q) ? 50 : 0;
}

export function scoreEntry(e: SearchEntry, q: Query): SearchResult | null {
  if (!q.needles.some((n) => e.haystack.includes(n))) return null;
  let best: SearchResult | null = null;
  const consider = (score: number, field: MatchField, quote?: string) => {
    if (score > 0 && (!best || score > best.score)) best = quote === undefined ? { id: e.id, score, field } : { id: e.id, score, field, quote };
  };
  consider(textScore(e.zh, q.text, 100, 92, 72), 'zh');
  consider(englishScore(e.en, q.latin), 'en');
  consider(textScore(e.printed, q.text, 70, 66, 62), 'printed');
  if (q.shape === 'pinyin') {
    consider(syllableScore(e.plain, q.pinyin), 'pinyin');
    consider(initialsScore(e.initials, q.pinyin), 'initials');
  } else if (q.shape === 'toned') {
    consider(syllableScore(e.toned, q.pinyin), 'pinyin');
  } else if (q.shape === 'numbered') {
    consider(syllableScore(e.numbered, q.pinyin), 'pinyin');
  }
  // One-letter or one-character queries would match most quotes: sources answer longer ones.
  if (!best && q.text.length >= 2) {
    const i = e.quotesFolded.findIndex((t) => t.includes(q.latin));
    if (i >= 0) consider(30, 'source', e.quotes[i]);
  }
  return best;
}

/**
 * Every entry that matches, best first; ties go to the shorter label (the more specific match),
 * then to the order of the data. A query of several words must match each word somewhere.
 */
export function search(index: SearchIndex, raw: string, limit = 20): SearchResult[] {
  const q = parseQuery(raw);
  if (!q) return [];
  const words =
    q.shape === 'text' && q.text.includes(' ')
      ? q.text
          .split(' ')
          .map(parseQuery)
          .filter((w): w is Query => w !== null)
      : [];
  const hits: { r: SearchResult; len: number; at: number }[] = [];
  index.entries.forEach((e, at) => {
    let r = scoreEntry(e, q);
    if (!r && words.length > 1) {
      const parts = words.map((w) => scoreEntry(e, w));
      if (parts.every((p) => p !== null)) {
        const weakest = parts.reduce((a, b) => (b!.score < a!.score ? b : a))!;
        // Below any whole-query match of the same kind: the words were found apart.
        r = { ...weakest, score: Math.min(...parts.map((p) => p!.score)) - 5 };
      }
    }
    if (r) hits.push({ r, len: e.zh.length, at });
  });
  hits.sort((a, b) => b.r.score - a.r.score || a.len - b.len || a.at - b.at);
  return hits.slice(0, limit).map((h) => h.r);
}
