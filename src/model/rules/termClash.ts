// A glossary rendering must not be a word the page's own strings use with another meaning (issue 24):
// with 五个衔接 rendered "five links", "links" meant 衔接 in the data and the lines between items in
// the page's own words (关联 → "Links"), and a reader could not tell which. The check: take a
// rendering's words without its count and articles ("five links" → "link"); a string of the page whose
// English holds them, while its Chinese holds neither the term nor the term without its count (衔接 for
// 五个衔接, 紧扣 for 四个紧扣), uses the rendering for something else. The page's strings are its
// `{ zh, en }` tables, found by scripts/lib/ui-strings.ts; this module is pure so it can be tested alone.
import { GLOSSARY_FILE } from '../files.ts';
import type { EnglishProblem, GlossaryTerm } from './glossary.ts';

/** One bilingual string of the page: where it is and its two texts. */
export interface UiText {
  file: string;
  key: string;
  line: number;
  zh: string;
  en: string;
}

const COUNT_OR_ARTICLE = /^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/** Lowercase words with plurals folded: "Links" and "link" are one word. */
function words(en: string): string[] {
  return en
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[‘’]/g, "'")
    .split(/[^a-z0-9+']+/)
    .filter(Boolean)
    .map((w) =>
      w
        .replace(/'s$/, '')
        .replace(/ies$/, 'y')
        .replace(/(?<=[^s])s$/, ''),
    );
}

/** A rendering's own words: without its count and articles ("five links" → ["link"]). */
export function renderingCore(en: string): string[] {
  return words(en).filter((w) => !COUNT_OR_ARTICLE.test(w));
}

/** The term without a leading count: 五个衔接 → 衔接, 四个紧扣 → 紧扣 (the same meaning, singly). */
const zhCore = (zh: string) => zh.replace(/^[一二三四五六七八九十两]+个/, '');

const holds = (haystack: string[], needle: string[]) => needle.length > 0 && haystack.some((_, i) => needle.every((w, j) => haystack[i + j] === w));

/** The glossary renderings the page's own strings use for something else, named at the glossary term. */
export function termClashProblems(terms: readonly GlossaryTerm[], strings: readonly UiText[]): EnglishProblem[] {
  const problems: EnglishProblem[] = [];
  terms.forEach((t, i) => {
    const core = renderingCore(t.en);
    const same = [t.zh, zhCore(t.zh), ...(t.sameMeaningIn ?? [])];
    const clashes = strings.filter((s) => !same.some((w) => s.zh.includes(w)) && holds(words(s.en), core));
    if (clashes.length === 0) return;
    const places = clashes
      .slice(0, 3)
      .map((s) => `${s.file} ${s.key} (line ${s.line}): "${s.zh}" → "${s.en}"`)
      .join('; ');
    const more = clashes.length > 3 ? ` and ${clashes.length - 3} more` : '';
    problems.push({
      file: GLOSSARY_FILE,
      path: `terms[${i}].en`,
      message:
        `found "${t.en}" for ${t.zh}, whose "${core.join(' ')}" the page's own strings use with another meaning: ${places}${more}; ` +
        'expected a rendering the page does not use for something else',
    });
  });
  return problems;
}
