// Figures as printed: a figure its source writes with trailing zeros (3.20 亿元) carries "decimals",
// the validator asks for it by name, and every place that shows a book amount shows it so.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate';
import { formatMeasure, printedNumber } from '../../../src/shared/format';
import { realRaw } from '../../helpers/data';
import type { GraphFile } from '../../../src/model/schema';

const FILE = 'support-and-funding.json';

function withSector(change: (m: Record<string, unknown>) => void) {
  const raw = realRaw();
  const file = raw[FILE] as GraphFile;
  const sector = file.entities.find((e) => e.id === 'fund-sector')!;
  change(sector.measures![0] as unknown as Record<string, unknown>);
  return { raw, index: file.entities.indexOf(sector) };
}

describe('the printed-precision rule', () => {
  it('names a figure whose source writes 3.20 when the data drops the decimals', () => {
    const { raw, index } = withSector((m) => delete m.decimals);
    const messages = validateDataset(raw).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(messages).toEqual([
      `${FILE}: entities[${index}].measures[0].decimals: found nothing, where a source writes 3.2 as 3.20; expected "decimals": 2, so that the page shows the figure as printed`,
    ]);
  });

  it('refuses fewer decimals than the value has', () => {
    const { raw } = withSector((m) => {
      m.value = 3.205;
      m.decimals = 2;
    });
    expect(validateDataset(raw).problems.map((p) => p.message)).toContain(
      'found 2 decimals for 3.205, which has 3; expected at least 3 (the figure as its source writes it)',
    );
  });

  it('accepts the real data', () => {
    expect(validateDataset(realRaw()).problems).toEqual([]);
  });
});

describe('a figure as printed', () => {
  const m = {
    id: 'amount',
    label: { zh: '行业', en: 'Sector' },
    value: 3.2,
    unit: '亿元',
    unitEn: '100 million yuan',
    period: '2014–2016',
    role: 'value' as const,
    sources: [],
  };
  it('keeps the printed decimals in Chinese and writes the English amount in millions', () => {
    expect(printedNumber({ value: 3.2, decimals: 2 }, 'zh')).toBe('3.20');
    expect(printedNumber({ value: 1234.5, decimals: 2 }, 'en')).toBe('1,234.50');
    expect(printedNumber({ value: 3.2 }, 'zh')).toBe('3.2');
    expect(formatMeasure({ ...m, decimals: 2 }, 'zh')).toBe('3.20 亿元');
    expect(formatMeasure({ ...m, decimals: 2 }, 'en')).toBe('320 million yuan');
    expect(formatMeasure({ ...m, decimals: 2 }, 'both')).toBe('3.20 亿元 (320 million yuan)');
  });
});
