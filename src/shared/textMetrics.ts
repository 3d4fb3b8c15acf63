// Pure text metrics for SVG layouts: jsdom has no layout, and the layouts must be deterministic,
// so label widths are estimated from the characters (CJK ≈ 1 em, Latin ≈ 0.6 em, which also
// covers bold) and labels are wrapped greedily — by character in Chinese, by word in English.
// Used by the leadership, four-focuses and timeline layouts.

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’…—]/;
const NARROW = /[\s.,:;'!|il1()[\]/]/;

export function charWidth(ch: string, fontSize: number): number {
  if (WIDE.test(ch)) return fontSize;
  if (NARROW.test(ch)) return fontSize * 0.34;
  if (/[A-Z0-9%–]/.test(ch)) return fontSize * 0.66;
  return fontSize * 0.6;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return Math.ceil(w);
}

/** Characters that must not start a line (closing punctuation) or end one (opening). */
const NO_START = /^[，。、；：？！）》」』”’…%,.;:!?)\]]/;
const NO_END = /[（《「『“‘([]$/;

function tokens(text: string): string[] {
  const out: string[] = [];
  // Latin runs (with their trailing space) stay whole; every CJK character is its own token.
  const re = /[A-Za-z0-9$%&'’\-–.,:;!?()"/+]+\s*|\s+|./gsu;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    const prev = out[out.length - 1];
    if (prev !== undefined && (NO_START.test(t) || NO_END.test(prev))) out[out.length - 1] = prev + t;
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
