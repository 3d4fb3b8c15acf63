// The one text-metrics module for every layout that measures text. jsdom has no layout and the
// layouts must be deterministic, so widths are estimated from the characters. Three estimates,
// named by what they promise (changing one moves the boxes of the layouts that use it):
//   textWidth     character classes (CJK 1 em, Latin ≈ 0.6 em, which also covers bold); errs wide,
//                 so a wrapped label never spills — leadership, four-focuses, timeline
//   glyphWidth    a table of measured glyph advances (Noto Sans CJK SC bold) — the campaign map,
//                 whose boxes hug their labels
//   typicalWidth  an average (CJK 1 em, Latin 0.55 em) — where erring wide would misplace a label
//                 next to a mark (exit criteria's value labels beside the standard lines)
// Two wraps share one set of line-breaking rules (kinsoku): wrapText (greedy) and wrapBalanced
// (phrase-aware, lines of even length).

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’…—]/;
const NARROW = /[\s.,:;'!|il1()[\]/]/;

export function charWidth(ch: string, fontSize: number): number {
  if (WIDE.test(ch)) return fontSize;
  if (NARROW.test(ch)) return fontSize * 0.34;
  if (/[A-Z0-9%–]/.test(ch)) return fontSize * 0.66;
  return fontSize * 0.6;
}

/** CJK characters (the curly quotes and marks aside: they belong to whichever script surrounds them). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u203b]/;
const CURLY = /[‘’“”]/;
/**
 * In a text with no CJK (an English label) the curly quotes and apostrophes are set in a Latin face
 * (styles.css, 'Latin Punct'), narrow; among CJK they are full-width, as a CJK font draws them.
 */
const isLatinText = (text: string) => !CJK.test(text);

export function textWidth(text: string, fontSize: number): number {
  const latin = isLatinText(text);
  let w = 0;
  for (const ch of text) w += latin && CURLY.test(ch) ? fontSize * 0.34 : charWidth(ch, fontSize);
  return Math.ceil(w);
}

// Line-breaking rules (kinsoku): these never start a line / never end one.
const NO_START = new Set([...'，。、；：！？）》」』”’…%,.;:!?)]}']);
const NO_END = new Set([...'（《「『“‘([{']);
const startsBadly = (t: string) => NO_START.has([...t][0] ?? '');
const endsBadly = (t: string) => NO_END.has([...t].at(-1) ?? '');

function tokens(text: string): string[] {
  const out: string[] = [];
  // Latin runs (with their trailing space) stay whole; every CJK character is its own token.
  const re = /[A-Za-z0-9$%&'’\-–.,:;!?()"/+]+\s*|\s+|./gsu;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    const prev = out[out.length - 1];
    if (prev !== undefined && (startsBadly(t) || endsBadly(prev))) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/** Greedy wrap to maxWidth; a single token wider than maxWidth is split by character. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const tok of tokens(text)) {
    if (textWidth((line + tok).trimEnd(), fontSize) <= maxWidth) {
      line += tok;
      continue;
    }
    push();
    if (textWidth(tok.trimEnd(), fontSize) <= maxWidth) {
      line = tok;
      continue;
    }
    for (const ch of tok) {
      if (textWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines.length ? lines : [''];
}

export function maxLineWidth(lines: readonly string[], fontSize: number): number {
  return lines.reduce((m, l) => Math.max(m, textWidth(l, fontSize)), 0);
}

/**
 * An average width (CJK 1 em, Latin 0.55 em) of the widest line, for placing a label beside a
 * mark: textWidth errs wide on purpose, which would push a value label past a line it does not touch.
 */
export function typicalWidth(text: string, fontSize = 12): number {
  const lines = text.split('\n');
  return Math.max(...lines.map((l) => [...l].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.55), 0)));
}

// ── Glyph advances, for layouts whose boxes hug their labels ────────────────────────────────

// Advance widths of printable ASCII (32–126) in em, measured in Chromium at 700 weight.
const ASCII_EM = [
  0.23, 0.37, 0.57, 0.59, 0.59, 0.96, 0.74, 0.32, 0.38, 0.38, 0.51, 0.59, 0.32, 0.37, 0.32, 0.39, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59, 0.59,
  0.59, 0.59, 0.32, 0.32, 0.59, 0.59, 0.59, 0.51, 1.01, 0.64, 0.68, 0.66, 0.71, 0.61, 0.58, 0.72, 0.76, 0.33, 0.57, 0.69, 0.58, 0.85, 0.75, 0.77,
  0.67, 0.77, 0.68, 0.62, 0.62, 0.75, 0.62, 0.91, 0.63, 0.58, 0.61, 0.38, 0.39, 0.38, 0.59, 0.57, 0.63, 0.59, 0.64, 0.53, 0.64, 0.58, 0.37, 0.6, 0.64,
  0.3, 0.31, 0.6, 0.31, 0.96, 0.64, 0.63, 0.64, 0.64, 0.44, 0.49, 0.42, 0.64, 0.58, 0.86, 0.56, 0.57, 0.51, 0.38, 0.3, 0.38, 0.59,
];

/** Wide (CJK, full-width) characters, including the curly quotes and marks a CJK font draws full-width. */
const GLYPH_WIDE = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018-\u201F\u2026\u00B7\u203B\u2014\u2020]/;

export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 32 && c <= 126) return ASCII_EM[c - 32]!;
  return GLYPH_WIDE.test(ch) ? 1 : 0.62;
}

/** Width from the glyph table (Noto Sans CJK SC bold): the campaign map's boxes hug their labels. */
export function glyphWidth(text: string, size: number): number {
  const latin = isLatinText(text);
  let em = 0;
  // Liberation Sans / Arial bold: ‘ ’ 0.28 em, “ ” 0.5 em.
  for (const ch of text) em += latin && CURLY.test(ch) ? (ch === '‘' || ch === '’' ? 0.28 : 0.5) : charEm(ch);
  return em * size;
}

/** Units that must not be split: a CJK character (with its attached punctuation) or a Latin word. */
export function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word) raw.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ') {
      flush();
      raw.push(' ');
    } else if (ch === '’' && /[A-Za-z]$/.test(word)) {
      word += ch; // an apostrophe inside an English word (people’s) is not closing punctuation
    } else if (GLYPH_WIDE.test(ch) || NO_START.has(ch) || NO_END.has(ch)) {
      flush();
      raw.push(ch);
    } else word += ch;
  }
  flush();
  // Glue punctuation to its neighbour so no line starts with "，" or ends with "“".
  const out: string[] = [];
  let carry = '';
  for (const t of raw) {
    if (t === ' ') {
      if (carry) out.push(carry);
      carry = '';
      out.push(t);
    } else if (NO_END.has(t)) carry += t;
    else if (NO_START.has(t) && out.length > 0 && out[out.length - 1] !== ' ' && !carry) out[out.length - 1] += t;
    else {
      out.push(carry + t);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

function greedy(tokens: readonly string[], maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let cur = '';
  let space = false;
  for (const t of tokens) {
    if (t === ' ') {
      space = cur !== '';
      continue;
    }
    const candidate = cur + (space ? ' ' : '') + t;
    space = false;
    if (cur === '' || glyphWidth(candidate, size) <= maxWidth) {
      cur = candidate;
    } else {
      lines.push(cur);
      cur = t;
    }
    // A single word longer than the line: cut it by characters.
    while (glyphWidth(cur, size) > maxWidth && [...cur].length > 1) {
      const chars = [...cur];
      let n = chars.length - 1;
      while (n > 1 && glyphWidth(chars.slice(0, n).join(''), size) > maxWidth) n--;
      lines.push(chars.slice(0, n).join(''));
      cur = chars.slice(n).join('');
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wrap (glyph widths) to at most `maxWidth` px with as few lines as possible, then balance them: the
 * narrowest width that still needs that many lines, so a two-line label splits near the
 * middle instead of leaving one character on the second line.
 */
export function wrapBalanced(text: string, maxWidth: number, size: number): string[] {
  const tokens = tokenize(text.trim());
  const lines = greedy(tokens, maxWidth, size);
  if (lines.length < 2) return lines;
  const phrased = phraseWrap(text.trim(), maxWidth, size);
  if (phrased && phrased.length === lines.length) return phrased;
  // Never narrower than the widest word, or balancing would cut it.
  const widest = Math.max(...tokens.map((t) => glyphWidth(t, size)));
  let lo = Math.max(Math.floor(glyphWidth(text, size) / lines.length), Math.min(maxWidth, Math.ceil(widest)) - 1);
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (greedy(tokens, mid, size).length > lines.length) lo = mid;
    else hi = mid;
  }
  return greedy(tokens, hi, size);
}

/**
 * Chinese reads best broken after a pause (，、；：) — "以乡镇党委换届为契机，/配强乡镇班子" rather
 * than cutting 契机 in two. Whole phrases, greedily; null when a phrase is wider than a line.
 */
function phraseWrap(text: string, maxWidth: number, size: number): string[] | null {
  const phrases = text.split(/(?<=[，、；：])/);
  if (phrases.length < 2 || phrases.some((p) => glyphWidth(p, size) > maxWidth)) return null;
  const lines: string[] = [];
  let cur = '';
  for (const p of phrases) {
    if (cur && glyphWidth(cur + p, size) > maxWidth) {
      lines.push(cur);
      cur = p;
    } else cur += p;
  }
  if (cur) lines.push(cur);
  return lines;
}
