// Rules that keep the data honest about the book: what is marked as the book's own words must
// be its words, what is drawn as the book's structure must be shown by the book, quotes are
// literal, and a figure that is not in its source says how it was obtained. They run after the
// schemas, over what parsed, and report like every other rule: file, place, what was expected.
import type { Entity, Link, Measure, Source, SourceRef } from '../schema';

interface Problem {
  file: string;
  path: string;
  message: string;
}

export interface EvidenceInput {
  entities: ReadonlyMap<string, Entity>;
  /** Where each entity is defined: its file and its path there, e.g. `entities[3]`. */
  where: ReadonlyMap<string, { file: string; path: string }>;
  links: ReadonlyArray<Link & { file: string; index: number }>;
  sources: readonly Source[];
}

/** Typographic forms (full-width brackets, line breaks) do not make a quote differ from the page. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** " / " and "…" (or "...") are how fragments from different places get joined into one "quote". */
export const JOINED_FRAGMENTS = /\s\/\s|…|\.\.\.|⋯/;

const SAMPLED = /抽样|\bsampled?\b/i;

/** Every number written in a text, as values: "3.20亿元" → 3.2, "77350人" → 77350. */
export function numbersIn(text: string): number[] {
  return [...text.normalize('NFKC').matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** The value as a source may write it: 7.735 万人 is also "77350人", 9.33 亿元 also "933000000元". */
export function writtenForms(m: Measure): number[] {
  const forms = [m.value];
  if (m.unit.startsWith('万')) forms.push(m.value * 1e4);
  if (m.unit.startsWith('亿')) forms.push(m.value * 1e8);
  return forms;
}

export const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function evidenceProblems(input: EvidenceInput): Problem[] {
  const problems: Problem[] = [];
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const isBook = (id: string) => sourceById.get(id)?.type === 'book';

  const literalQuotes = (file: string, base: string, refs: readonly SourceRef[] | undefined) =>
    refs?.forEach((r, k) => {
      if (r.quote !== undefined && isBook(r.source) && JOINED_FRAGMENTS.test(r.quote))
        problems.push({
          file,
          path: `${base}[${k}].quote`,
          message:
            `found "${r.quote}", which joins fragments with " / " or "…"; expected the book's words exactly as printed — ` +
            'cite each fragment as its own quote',
        });
    });

  for (const [id, e] of input.entities) {
    const at = input.where.get(id);
    if (!at) continue;
    literalQuotes(at.file, `${at.path}.sources`, e.sources);
    e.measures?.forEach((m, k) => {
      const base = `${at.path}.measures[${k}]`;
      literalQuotes(at.file, `${base}.sources`, m.sources);
      const texts = m.sources.flatMap((r) => [r.quote, r.note]).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
      // A measured value that none of its sources writes was computed: it must say how.
      if (m.role === 'value' && m.derivation === undefined && texts.length > 0) {
        const written = texts.flatMap(numbersIn);
        if (!writtenForms(m).some((v) => written.some((w) => same(v, w))))
          problems.push({
            file: at.file,
            path: `${base}.value`,
            message:
              `found ${m.value} ${m.unit}, which none of its sources' quotes or notes writes; expected the figure as a source ` +
              'writes it, or, for a figure computed from others, its formula in "derivation"',
          });
      }
      if (m.qualifier !== 'sampled' && texts.some((t) => SAMPLED.test(t)))
        problems.push({
          file: at.file,
          path: `${base}.qualifier`,
          message: 'found a source that says the figure comes from a sample (抽样); expected "qualifier": "sampled"',
        });
    });

    // "verbatim" promises the label is printed that way: it must be in the entity's own book quotes.
    // (A reference to an unknown source is reported already; without it the quotes are not all known.)
    if (e.confidence === 'verbatim' && e.sources.every((r) => sourceById.has(r.source))) {
      const quotes = [...e.sources, ...(e.measures ?? []).flatMap((m) => m.sources)]
        .filter((r) => r.quote !== undefined && isBook(r.source))
        .map((r) => r.quote!);
      if (!quotes.some((q) => comparable(q).includes(comparable(e.label.zh))))
        problems.push({
          file: at.file,
          path: `${at.path}.label.zh`,
          message:
            `found the verbatim label "${e.label.zh}" in none of the entity's own book quotes ` +
            `(${quotes.length ? quotes.map((q) => `"${q}"`).join(', ') : 'it has none'}); expected the label as printed — ` +
            'quote the book, or mark it "reconstructed" with the printed text in "printed" and a note',
        });
    }
  }

  for (const l of input.links) {
    const base = `links[${l.index}]`;
    literalQuotes(l.file, `${base}.sources`, l.sources);
    // A link with an undefined end is reported already; asking for its evidence would only add noise.
    if (l.interpretive || !input.entities.has(l.from) || !input.entities.has(l.to)) continue;
    const ev = l.evidence;
    if (!ev) {
      problems.push({
        file: l.file,
        path: `${base}.evidence`,
        message:
          `found a link ${l.from} —${l.type}→ ${l.to} marked as drawn, with no evidence; expected what in the book shows it: ` +
          'a quote, or a layout note naming the line, grouping, numbering or indentation that joins them. ' +
          'A link the book does not show is "interpretive": true',
      });
      continue;
    }
    if (!isBook(ev.source))
      problems.push({
        file: l.file,
        path: `${base}.evidence.source`,
        message:
          `found "${ev.source}", which is ${sourceById.has(ev.source) ? 'not the book' : 'not in sources.json'}; ` +
          "expected a book source (the drawing or the book's text)",
      });
    if (ev.quote === undefined && ev.layout === undefined)
      problems.push({
        file: l.file,
        path: `${base}.evidence`,
        message: 'found evidence with neither a quote nor a layout note; expected one of them (or both)',
      });
    if (ev.quote !== undefined && JOINED_FRAGMENTS.test(ev.quote))
      problems.push({
        file: l.file,
        path: `${base}.evidence.quote`,
        message:
          `found "${ev.quote}", which joins fragments with " / " or "…"; expected the book's words exactly as printed — ` +
          'describe the layout that joins them in "layout" instead',
      });
  }

  return problems;
}
