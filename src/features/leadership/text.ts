// Text measuring without a DOM, so the layout stays a pure function that runs in tests.
// The estimates are deliberately generous (a label measured too wide only wastes a little
// space; one measured too narrow would spill out of its box).

/** CJK ideographs, kana, hangul and full-width forms take one em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2026\u3000-\u303f]/;
const CLOSING = /^[，。、：；）》」』…,.)]/;
const NARROW = /[il.,:;'’|!()[\]\s]/;

export function charWidth(ch: string, fontSize: number): number {
  if (WIDE.test(ch)) return fontSize;
  if (NARROW.test(ch)) return fontSize * 0.32;
  if (/[A-Z0-9&]/.test(ch)) return fontSize * 0.68;
  if (/[mw]/.test(ch)) return fontSize * 0.86;
  return fontSize * 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/**
 * Break a label into lines no wider than maxWidth: Latin text at spaces, CJK between any two
 * characters (but never before closing punctuation). A single word longer than the line is
 * cut by characters so that nothing ever runs outside its box.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[A-Za-z0-9'’\-–.,:;!?()/&]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const t = line.trimEnd();
    if (t) lines.push(t);
    line = '';
  };
  for (const tok of tokens) {
    if (textWidth((line + tok).trimEnd(), fontSize) <= maxWidth) {
      line += tok;
      continue;
    }
    // Closing punctuation never starts a line: it takes the character before it along (and
    // any closing marks in between), as long as something stays on the line above.
    if (CLOSING.test(tok)) {
      const chars = [...line];
      let carry = '';
      while (chars.length > 1 && CLOSING.test(chars[chars.length - 1]!)) carry = chars.pop()! + carry;
      if (chars.length > 1) {
        carry = chars.pop()! + carry;
        line = chars.join('');
        push();
        line = carry + tok;
        continue;
      }
    }
    if (line.trim()) push();
    const bare = tok.trimStart();
    if (textWidth(bare.trimEnd(), fontSize) <= maxWidth) {
      line = bare;
      continue;
    }
    // A word too long for any line: cut it by characters.
    for (const ch of bare) {
      if (textWidth(line + ch, fontSize) > maxWidth && line) push();
      line += ch;
    }
  }
  push();
  return lines.length ? lines : [''];
}
