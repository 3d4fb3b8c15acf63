// The figure-source rules (src/model/rules/measureSources.ts): a threshold has a source that states
// it, and a figure whose own quote states a date does not say its period is unstated. Each planted
// violation in a copy of the real data fails validation with its file, its place and what was expected.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/model/validate';
import { dateIn } from '../../../src/model/rules/measureSources';
import { realRaw } from '../../helpers/data';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mutate = (fn: (raw: Json) => void) => {
  const raw = realRaw() as Json;
  fn(raw);
  return validateDataset(raw).problems.map(formatProblem);
};
const at = (raw: Json, file: string, id: string) => raw[file].entities.findIndex((e: Json) => e.id === id);
const entityIn = (raw: Json, file: string, id: string) => raw[file].entities[at(raw, file, id)];
const index = (file: string, id: string) => at(realRaw() as Json, file, id);
const measure = (e: Json, id: string) => e.measures.findIndex((m: Json) => m.id === id);

describe('figure-source rules on the real data', () => {
  it('the data passes them: every threshold is stated by a source, the headline’s 1.27% is dated', () => {
    const raw = realRaw() as Json;
    expect(validateDataset(raw).problems).toEqual([]);
    const incidence = entityIn(raw, 'exit-criteria.json', 'crit-county-incidence');
    expect(incidence.measures[measure(incidence, 'lankao')].period).toBe('2016-12');
  });

  it('names a threshold whose only source states no figure (a page address alone)', () => {
    let k = -1;
    const problems = mutate((r) => {
      const e = entityIn(r, 'exit-criteria.json', 'crit-county-wrong-exit');
      k = measure(e, 'threshold');
      e.measures[k].sources = [{ source: 'web-dddjmc-2017' }];
    });
    const i = index('exit-criteria.json', 'crit-county-wrong-exit');
    expect(problems).toContain(
      `exit-criteria.json: entities[${i}].measures[${k}].sources: found the threshold < 2 % with no source whose quote or note states it; ` +
        'expected a source quote, or a note saying what the source gives (e.g. "错退率低于2%")',
    );
  });

  it('names a threshold whose source states another figure', () => {
    let k = -1;
    const problems = mutate((r) => {
      const e = entityIn(r, 'exit-criteria.json', 'crit-county-approval');
      k = measure(e, 'threshold');
      e.measures[k].sources = [{ source: 'web-dddjmc-2017', note: '群众认可度不低于80%' }];
    });
    const i = index('exit-criteria.json', 'crit-county-approval');
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^exit-criteria\\.json: entities\\[${i}\\]\\.measures\\[${k}\\]\\.sources: found the threshold >= 90 %`)),
    );
  });

  it('names a figure marked "unstated" whose own quote states a date', () => {
    let k = -1;
    const problems = mutate((r) => {
      const e = entityIn(r, 'exit-criteria.json', 'crit-county-incidence');
      k = measure(e, 'lankao');
      e.measures[k].period = 'unstated';
    });
    const i = index('exit-criteria.json', 'crit-county-incidence');
    expect(problems).toContain(
      `exit-criteria.json: entities[${i}].measures[${k}].period: found "unstated", but the figure's own quote ` +
        '"截至2016年年底，当地贫困发生率已经降到了1.27%" states a date (2016); expected the period the quote gives, e.g. "2016-12" or "2014–2016"',
    );
  });

  it('leaves "unstated" alone where no quote of the figure states a date', () => {
    const problems = mutate((r) => {
      const e = entityIn(r, 'exit-criteria.json', 'crit-county-approval');
      expect(e.measures[measure(e, 'lankao')].period).toBe('unstated');
    });
    expect(problems).toEqual([]);
  });
});

describe('dateIn', () => {
  it('finds a year written as a date', () => {
    expect(dateIn('截至2016年年底，当地贫困发生率已经降到了1.27%')).toBe('2016');
    expect(dateIn('2014年至2016年，兰考县共投入资金9.33亿元')).toBe('2014');
    expect(dateIn('２０１７年２月２７日')).toBe('2017');
    expect(dateIn('approved on 2017-02-27')).toBe('2017');
  });

  it('does not take a count or an amount for a year', () => {
    expect(dateIn('受益群众58.7万人次')).toBeUndefined();
    expect(dateIn('2016户贫困户')).toBeUndefined();
    expect(dateIn('1000元以下救助金')).toBeUndefined();
    expect(dateIn('12016年')).toBeUndefined();
  });
});
