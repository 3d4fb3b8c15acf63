// Search, pure: an index built once from the model, then one query scored against every entry.
// No DOM, no React, no pinyin library: the pinyin reading of each label is passed in (see
// pinyin.ts), so this module and its tests stay small and the library loads only with search.
//
// Why a hand-written scorer and no search library: see README.md in this folder (measured).
import type { Bilingual, Entity, EntityKind } from '../../model/schema';
import type { GlossaryTerm } from '../../model/rules/glossary';
import { termsIn } from '../../model/glossaryText';

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
export type MatchField = 'zh' | 'en' | 'printed' | 'pinyin' | 'initials' | 'alias' | 'source' | 'fuzzy';

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
  /** The English label as word stems ("secretaries" → "secretary", "funding" → "fund"). */
  enStem: string;
  /** Other words people use for what it names (the glossary's aliases of the terms in its label). */
  aliases: readonly Alias[];
  /** Every English word of the label and the aliases, stemmed: what a misspelt query is compared with. */
  words: readonly string[];
  /** Every field above in one string: a query absent from it cannot match (one test per entry). */
  haystack: string;
}

/** One alias as the scorer reads it; `weight` (0–1): how squarely it names this entry. */
interface Alias {
  zh: string;
  en: string;
  enStem: string;
  plain: Syllables;
  initials: string;
  weight: number;
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
  /** The alias that matched, when the match was an alias (第一书记 for 因村派人精准). */
  alias?: string;
}

/** Case, width and accent folding for text fields (NFKC turns full-width ＡＢＣ１ into ABC1). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Like fold, and English accents go too (so "revitalisation" and "Revitalisation" match alike). */
function foldLatin(text: string): string {
  return fold(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      // "poverty alleviation" finds "poverty-alleviation"; "people's" finds "people’s".
      .replace(/[\u2010-\u2015/-]/g, ' ')
      .replace(/[‘’]/g, "'"),
  );
}

/** A light English stemmer: plurals and the commonest endings, enough for "secretaries", "teams", "funding". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ches|shes|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}

/** Folded English as stems, one space between words (punctuation dropped). */
function stems(latin: string): string {
  return latin
    .split(/[^a-z0-9']+/)
    .filter(Boolean)
    .map((w) => stem(w.replace(/'s?$/, '')))
    .join(' ');
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

/**
 * The aliases of every glossary term in a Chinese label (termsIn: the longest term wins). An alias names
 * the term's own item squarely (the term's `means`, or a label that is the term) and an item whose label
 * merely holds the term less so, by how much of the label the term is.
 */
function aliasesOf(e: Entity, terms: readonly GlossaryTerm[], pinyinOf: PinyinOf): Alias[] {
  const out: Alias[] = [];
  for (const { term } of termsIn(e.label.zh, terms)) {
    const a = term.aliases;
    if (!a) continue;
    const weight = a.means === e.id ? 1 : (0.8 * term.zh.length) / Math.max(term.zh.length, [...e.label.zh].length);
    const add = (zh: string, en: string) => {
      const reading = zh ? pinyinOf(zh) : null;
      const latin = foldLatin(en);
      out.push({
        zh: fold(zh),
        en: latin,
        enStem: stems(latin),
        plain: syllables(reading?.plain ?? []),
        initials: reading ? reading.plain.map((x) => x[0] ?? '').join('') : '',
        weight,
      });
    };
    // The term itself too: 贫困发生率 or "pinkun fashenglv" then finds the item the term means first.
    for (const zh of [term.zh, ...(a.zh ?? [])]) add(zh, '');
    for (const en of [term.en, ...(a.en ?? [])]) add('', en);
  }
  return out;
}

export function buildSearchIndex(
  entities: readonly Entity[],
  pinyinOf: PinyinOf,
  panelOf: (id: string) => string,
  terms: readonly GlossaryTerm[] = [],
): SearchIndex {
  const withAliases = terms.filter((t) => t.aliases);
  const entries = entities.map((e): SearchEntry => {
    const reading = pinyinOf(e.label.zh);
    const quotes = quotesOf(e);
    const en = foldLatin(e.label.en);
    const aliases = aliasesOf(e, withAliases, pinyinOf);
    const enStem = stems(en);
    const words = [...new Set([enStem, ...aliases.map((a) => a.enStem)].join(' ').split(' ').filter(Boolean))];
    const entry: Omit<SearchEntry, 'haystack'> = {
      id: e.id,
      kind: e.kind,
      panel: panelOf(e.id),
      label: e.label,
      zh: fold(e.label.zh),
      en,
      printed: e.printed ? fold(e.printed) : '',
      toned: syllables(reading.toned),
      plain: syllables(reading.plain),
      numbered: syllables(reading.numbered),
      initials: reading.plain.map((s) => s[0] ?? '').join(''),
      quotes,
      quotesFolded: quotes.map(foldLatin),
      enStem,
      aliases,
      words,
    };
    const { zh, printed, toned, plain, numbered, initials, quotesFolded } = entry;
    const aliasText = aliases.flatMap((a) => [a.zh, a.en, a.enStem, a.plain.text, a.initials]);
    const haystack = [zh, en, enStem, printed, toned.text, plain.text, numbered.text, initials, ...aliasText, ...quotesFolded].join('\n');
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
  /** The English query as word stems. */
  stem: string;
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
  const stem = stems(latin);
  const asPinyin = shape === 'toned' ? pinyin.replace(/v/g, 'ü') : pinyin;
  return { text, latin, stem, pinyin: asPinyin, shape, needles: [...new Set([text, latin, asPinyin, ...(stem ? [stem] : [])])] };
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
  const consider = (score: number, field: MatchField, quote?: string, alias?: string) => {
    if (score > 0 && (!best || score > best.score)) {
      const r: SearchResult = { id: e.id, score, field };
      if (quote !== undefined) r.quote = quote;
      if (alias !== undefined) r.alias = alias;
      best = r;
    }
  };
  consider(textScore(e.zh, q.text, 100, 92, 72), 'zh');
  consider(englishScore(e.en, q.latin), 'en');
  // Word forms: "secretaries" for "secretary", "funds" for "funding" — just under the words as typed.
  if (q.stem) consider(englishScore(e.enStem, q.stem) - 6, 'en');
  // Aliases rank just under the label itself, by how squarely they name this entry.
  for (const a of e.aliases) {
    const scale = (score: number) => Math.round(score * (0.7 + 0.3 * a.weight) * 0.96);
    const name = a.zh || a.en;
    consider(scale(textScore(a.zh, q.text, 100, 88, 66)), 'alias', undefined, name);
    consider(scale(englishScore(a.en, q.latin)), 'alias', undefined, name);
    if (q.stem) consider(scale(englishScore(a.enStem, q.stem)) - 4, 'alias', undefined, name);
    if (q.shape === 'pinyin') {
      consider(scale(syllableScore(a.plain, q.pinyin)), 'alias', undefined, name);
      consider(scale(initialsScore(a.initials, q.pinyin)), 'alias', undefined, name);
    }
  }
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
  const words = q.text.includes(' ')
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
  if (hits.length === 0) hits.push(...fuzzyHits(index, q));
  hits.sort((a, b) => b.r.score - a.r.score || a.len - b.len || a.at - b.at);
  return hits.slice(0, limit).map((h) => h.r);
}

// ─── typos (English) ────────────────────────────────────────────────────────────────────────
// Only when nothing matched as typed: each word of the query must be a word (or a word's start) of
// the entry's English label or aliases, or be within one edit of one (two for words of 8 letters or
// more; a swap of two letters is one edit). Below every real match.

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

function fuzzyHits(index: SearchIndex, q: Query): { r: SearchResult; len: number; at: number }[] {
  if (!/^[a-z' ]+$/.test(q.latin)) return [];
  const words = q.stem.split(' ').filter(Boolean);
  if (words.length === 0 || !words.some((w) => w.length >= 4)) return [];
  const out: { r: SearchResult; len: number; at: number }[] = [];
  index.entries.forEach((e, at) => {
    let edits = 0;
    for (const w of words) {
      const max = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
      let best = max + 1;
      for (const x of e.words) {
        best = Math.min(best, x.startsWith(w) ? 0 : max > 0 ? editDistance(w, x, max) : max + 1);
        if (best === 0) break;
      }
      if (best > max) return;
      edits += best;
    }
    out.push({ r: { id: e.id, score: Math.max(1, 20 - 4 * edits), field: 'fuzzy' }, len: e.zh.length, at });
  });
  return out;
}
