// The glossary's text matching, apart from its schema: the page (Glossary.tsx) needs it at start,
// and the schema library must stay out of the initial bundle (the build validates the data).
import type { GlossaryTerm } from './rules/glossary.ts';

/** Where a glossary term occurs in a Chinese text. */
export interface TermHit {
  term: GlossaryTerm;
  /** The term's index in the glossary. */
  index: number;
  start: number;
  end: number;
}

/**
 * The glossary terms in a Chinese text, left to right. Longer terms win over the shorter ones
 * inside them (四个紧扣 is one term; the 紧扣 inside it is not a second one), and hits never overlap.
 */
export function termsIn(zh: string, terms: readonly GlossaryTerm[]): TermHit[] {
  const byLength = terms.map((term, index) => ({ term, index })).sort((a, b) => b.term.zh.length - a.term.zh.length);
  const taken = new Array<boolean>(zh.length).fill(false);
  const hits: TermHit[] = [];
  for (const { term, index } of byLength) {
    let from = 0;
    for (;;) {
      const at = zh.indexOf(term.zh, from);
      if (at < 0) break;
      const end = at + term.zh.length;
      let free = !term.notIn?.some((word) => insideWord(zh, word, at, end));
      for (let i = at; i < end; i++) if (taken[i]) free = false;
      if (free) {
        for (let i = at; i < end; i++) taken[i] = true;
        hits.push({ term, index, start: at, end });
      }
      from = at + 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Whether zh[start, end) lies inside an occurrence of `word`. */
function insideWord(zh: string, word: string, start: number, end: number): boolean {
  for (let p = zh.indexOf(word); p >= 0; p = zh.indexOf(word, p + 1)) if (p <= start && end <= p + word.length) return true;
  return false;
}

/** Case, hyphens, dashes and curly quotes do not make a different rendering. */
export function normalizeEnglish(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where an English text (in the same language, any letter case) contains a term's rendering. */
export function findRendering(en: string, rendering: string): { start: number; end: number } | null {
  // Same-length normalisation (one character for one), so positions carry over to the original.
  const flat = (s: string) =>
    s
      .toLowerCase()
      .replace(/[‐-―-]/g, ' ')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"');
  const at = flat(en).indexOf(flat(rendering));
  return at < 0 ? null : { start: at, end: at + rendering.length };
}
