import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYN_PREFIX, SYNTHETIC_SOURCE, writeSyntheticDataset } from '../../scripts/bench/synth';
import { validateDir } from '../../scripts/validate-data';
import { DATA_DIR } from '../helpers/data';

// The scale benchmark builds these datasets through the same build-time validation as the real
// data; when a new data rule refused them, `npm run bench` stopped at 10× without a figure.
describe('the cloned datasets for the scale benchmark', () => {
  it('are valid data whose every clone is labelled SYNTHETIC and cites only the generator', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-syn-scale-'));
    try {
      const stats = writeSyntheticDataset(DATA_DIR, dir, 3);
      expect(validateDir(dir)).toEqual([]);
      const leadership = JSON.parse(fs.readFileSync(path.join(dir, 'leadership.json'), 'utf8')) as {
        entities: { id: string; label: { zh: string; en: string }; sources: { source: string; quote?: string }[] }[];
      };
      const clones = leadership.entities.filter((e) => /-syn\d+$/.test(e.id));
      expect(clones.length).toBeGreaterThan(0);
      for (const c of clones) {
        expect(c.label.zh.startsWith(SYN_PREFIX) && c.label.en.startsWith(SYN_PREFIX)).toBe(true);
        expect(c.sources.map((s) => s.source)).toEqual([SYNTHETIC_SOURCE]);
        expect(c.sources.some((s) => s.quote)).toBe(false);
      }
      expect(stats.entities).toBeGreaterThan(clones.length * 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
