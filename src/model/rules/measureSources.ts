// Rules that tie a figure's standing to what its own sources say (issue 24):
//   - a threshold (a standard a figure is compared with) has a source whose quote or note states it:
//     a standard cited with only a page address is a number nobody can check;
//   - a figure's period is not "unstated" when one of its own quotes states a date (a year written
//     with 年, e.g. "截至2016年年底", or an ISO date): the source gives the period, so we show it.
import type { Measure } from '../schema';
import { numbersIn, same, writtenForms, type EvidenceInput } from './evidence';

interface Problem {
  file: string;
  path: string;
  message: string;
}

/** A year written as a date: 2016年, 2014年至2016年, 2017-02-27 (not 2016 as a count, e.g. 2016户). */
const DATE_IN_TEXT = /(?<![\d.])(?:19|20)\d{2}(?=\s*年|-\d{1,2}(?!\d))/;

/** The first date a quote states, or undefined. */
export function dateIn(text: string): string | undefined {
  return DATE_IN_TEXT.exec(text.normalize('NFKC'))?.[0];
}

const texts = (m: Measure) => m.sources.flatMap((r) => [r.quote, r.note]).filter((t): t is string => typeof t === 'string' && t.trim() !== '');

export function measureSourceProblems(input: Pick<EvidenceInput, 'entities' | 'where'>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, e] of input.entities) {
    const at = input.where.get(id);
    if (!at) continue;
    e.measures?.forEach((m, k) => {
      const base = `${at.path}.measures[${k}]`;
      if (m.role === 'threshold') {
        const written = texts(m).flatMap(numbersIn);
        if (!writtenForms(m).some((v) => written.some((w) => same(v, w))))
          problems.push({
            file: at.file,
            path: `${base}.sources`,
            message:
              `found the threshold ${m.comparator ?? ''} ${m.value} ${m.unit} with no source whose quote or note states it; ` +
              'expected a source quote, or a note saying what the source gives (e.g. "错退率低于2%")',
          });
      }
      if (m.period === 'unstated') {
        const dated = m.sources.find((r) => r.quote !== undefined && dateIn(r.quote) !== undefined);
        if (dated)
          problems.push({
            file: at.file,
            path: `${base}.period`,
            message:
              `found "unstated", but the figure's own quote "${dated.quote}" states a date (${dateIn(dated.quote!)}); ` +
              'expected the period the quote gives, e.g. "2016-12" or "2014–2016"',
          });
      }
    });
  }
  return problems;
}
