import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCounty } from '../../scripts/bench/county';
import { validateDir } from '../../scripts/validate-data';
import { DATA_DIR } from '../helpers/data';

describe('the synthetic county for the scale benchmark', () => {
  it('is valid data, with 450 villages under 16 townships, each measured by the village exit criteria, all labelled SYNTHETIC', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-syn-county-'));
    try {
      const stats = writeSyntheticCounty(DATA_DIR, dir);
      expect(validateDir(dir)).toEqual([]);
      const overview = JSON.parse(fs.readFileSync(path.join(dir, 'overview.json'), 'utf8')) as {
        entities: { id: string; label: { zh: string; en: string } }[];
        links: { from: string; to: string; type: string }[];
      };
      const villages = overview.entities.filter((e) => e.id.startsWith('syn-village-'));
      expect(villages).toHaveLength(450);
      expect(villages.every((v) => v.label.zh.includes('SYNTHETIC') && v.label.en.includes('SYNTHETIC'))).toBe(true);
      expect(overview.links.filter((l) => l.type === 'measures' && l.to === 'syn-village-450').map((l) => l.from)).toEqual([
        'crit-village-incidence',
        'crit-village-conditions',
      ]);
      expect(stats.entities).toBeGreaterThan(450 + 16);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
