// Rules on `printed`, the text as the extracted page prints it (issue 24):
//   - it joins no fragments: " / ", "…" or "..." between pieces printed in different places is our
//     stitching, not the page. A reading printed over two lines keeps them as two lines (a line
//     break). A slash or ellipsis the book itself prints is accepted when one of the entity's own
//     book quotes shows it (the quote rules already keep quotes literal);
//   - a `verbatim` label has no `printed` that differs from it: "verbatim" promises the label is
//     printed that way, so a different printed text makes it a `reconstructed` reading.
// Width and whitespace are folded (NFKC): full-width brackets and line breaks are not a difference.
import type { Entity, SourceRef } from '../schema';
import { comparable, JOINED_FRAGMENTS, type EvidenceInput } from './evidence';

interface Problem {
  file: string;
  path: string;
  message: string;
}

/** The entity's own book quotes (its sources and its figures' sources). */
function bookQuotes(e: Entity, isBook: (id: string) => boolean): string[] {
  const refs: SourceRef[] = [...e.sources, ...(e.measures ?? []).flatMap((m) => m.sources)];
  return refs.filter((r) => r.quote !== undefined && isBook(r.source)).map((r) => r.quote!);
}

export function printedProblems(input: Pick<EvidenceInput, 'entities' | 'where' | 'sources'>): Problem[] {
  const problems: Problem[] = [];
  const types = new Map(input.sources.map((s) => [s.id, s.type]));
  const isBook = (id: string) => types.get(id) === 'book';
  for (const [id, e] of input.entities) {
    const at = input.where.get(id);
    if (!at || e.printed === undefined) continue;
    const path = `${at.path}.printed`;
    const quotes = bookQuotes(e, isBook).map(comparable);
    const joined = e.printed.split('\n').find((line) => JOINED_FRAGMENTS.test(line) && !quotes.some((q) => q.includes(comparable(line))));
    if (joined !== undefined)
      problems.push({
        file: at.file,
        path,
        message:
          `found "${e.printed}", which joins fragments with " / " or "…"; expected the text exactly as printed — ` +
          'one printed line, or the printed lines separated by a line break ("\\n"); a slash or ellipsis the book itself prints ' +
          'is accepted where one of the entity’s own book quotes shows it',
      });
    if (e.confidence === 'verbatim' && comparable(e.printed) !== comparable(e.label.zh))
      problems.push({
        file: at.file,
        path,
        message:
          `found the printed text "${e.printed}" on a verbatim label "${e.label.zh}"; expected no printed text that differs from a verbatim label — ` +
          'a label not printed that way is "reconstructed", with a note',
      });
  }
  return problems;
}
