import { describe, expect, it } from 'vitest';
import { formatDate, formatMeasure, formatNumber } from '../../src/shared/format';
import { formatPeriod } from '../../src/shared/measureText';
import { tr, trLines } from '../../src/i18n/text';

const m = {
  id: 'x',
  label: { zh: 'x', en: 'x' },
  value: 9.33,
  unit: '亿元',
  unitEn: '100 million yuan',
  period: '2014–2016',
  role: 'value' as const,
  sources: [{ source: 's' }],
};

describe('formatting', () => {
  it('formats a measure with its unit in each language', () => {
    expect(formatMeasure(m, 'zh')).toBe('9.33 亿元');
    expect(formatMeasure(m, 'en')).toBe('933 million yuan');
    expect(formatMeasure(m, 'both')).toBe('9.33 亿元 (933 million yuan)');
    expect(formatMeasure({ ...m, value: 58.7, unit: '万人次', unitEn: '10,000 person-times' }, 'en')).toBe('587,000 person-times');
    expect(formatMeasure({ ...m, value: 7.735, unit: '万人', unitEn: '10,000 people' }, 'en')).toBe('77,350 people');
    expect(formatMeasure({ ...m, value: 1589, unit: '元/人次', unitEn: 'yuan per person-time' }, 'en')).toBe('1,589 yuan per person-time');
    expect(formatMeasure({ ...m, value: 2, unit: '%', role: 'threshold', comparator: '<' }, 'en')).toBe('< 2%');
    expect(formatMeasure({ ...m, value: 90, unit: '%', role: 'threshold', comparator: '>=' }, 'zh')).toBe('≥ 90%');
  });
  it('formats dates, ranges and periods', () => {
    expect(formatDate('2017-02-27', 'zh')).toBe('2017年2月27日');
    expect(formatDate('2017-02-27', 'en')).toBe('27 Feb 2017');
    expect(formatDate('2014/2016', 'en')).toBe('2014–2016');
    expect(formatDate('2014-03', 'zh')).toBe('2014年3月');
    expect(formatPeriod('unstated', 'en')).toBe('period not stated');
    expect(formatPeriod('2016-12', 'en')).toBe('Dec 2016');
  });
  it('picks labels by language, both joins them', () => {
    const b = { zh: '专项扶贫', en: 'Special poverty alleviation' };
    expect(tr(b, 'zh')).toBe('专项扶贫');
    expect(tr(b, 'both')).toBe('专项扶贫 · Special poverty alleviation');
    expect(trLines(b, 'both')).toEqual(['专项扶贫', 'Special poverty alleviation']);
  });

  it('formats numbers exactly as Intl does for en-US and zh-CN (the hand-written formatter avoids loading ICU)', () => {
    // Every value the data can hold and the edges of rounding and grouping: the hand-written
    // formatter must agree digit for digit with toLocaleString(…, { maximumFractionDigits: 3 }).
    const values = [0, 1, 9.33, 4.15, 0.1 + 0.2, 7.735, 10.2, 999.9995, 1000, 1234.5, 12345.678, 933000000, -1234.5678, 0.0004, 0.0005, 72100, 1e15];
    for (let i = 0; i < 500; i++) values.push(Math.round(Math.random() * 10 ** (1 + (i % 9)) * 1000) / 1000 / (i % 3 === 0 ? 7 : 1));
    for (const v of values) {
      expect(formatNumber(v, 'en'), String(v)).toBe(v.toLocaleString('en-US', { maximumFractionDigits: 3 }));
      expect(formatNumber(v, 'zh'), String(v)).toBe(v.toLocaleString('zh-CN', { maximumFractionDigits: 3 }));
    }
    // The one deliberate difference: Intl writes a negative zero as "-0"; a reader wants "0".
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-0.0001, 'zh')).toBe('0');
  });
});
