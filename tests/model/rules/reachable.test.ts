// An entity no part can show is an error naming the entity and the part that expected it: a
// criterion linked to its level by the wrong type (what `new-county` used to write), an item
// part of something its part does not show items under. Planted in the real data, and through
// the validate-data command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate';
import type { GraphFile } from '../../../src/model/schema';
import { DATA_DIR, realRaw } from '../../helpers/data';

type Raw = ReturnType<typeof realRaw>;
const ROOT = path.resolve(__dirname, '../../..');

function plantWrongType(raw: Raw) {
  const file = raw['exit-criteria.json'] as GraphFile;
  const index = file.links.findIndex((l) => l.from === 'crit-county-omission' && l.type === 'part-of');
  file.links[index]!.type = 'measures';
  return index;
}

describe('entities no part can show', () => {
  it('names a criterion linked to its level by the wrong type, and the part that expected it', () => {
    const raw = realRaw();
    const index = plantWrongType(raw);
    const problems = validateDataset(raw).problems;
    expect(problems).toEqual([
      {
        file: 'exit-criteria.json',
        path: `links[${index}].type`,
        message:
          'found "crit-county-omission" (a criterion) linked to "exit-county" by "measures", so no part can show it; ' +
          'expected a part-of link from "crit-county-omission" to an exit level (kind "exit-level"): the "exit-criteria" part shows a criterion only there',
      },
    ]);
  });

  it('names a part-of that leads where the part does not look (a dangling part-of)', () => {
    const raw = realRaw();
    const file = raw['four-focuses.json'] as GraphFile;
    const link = file.links.find((l) => l.type === 'part-of' && file.entities.find((e) => e.id === l.from)?.kind === 'focus-item')!;
    const index = file.links.indexOf(link);
    link.to = 'four-focuses'; // the principle, not one of its focuses
    link.interpretive = true;
    delete link.evidence;
    const messages = validateDataset(raw).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(messages).toContain(
      `four-focuses.json: links[${index}]: found "${link.from}" (a focus-item) part-of "four-focuses" (a principle), where no part can show it; ` +
        `expected a part-of link from "${link.from}" to a priority (kind "focus"): the "four-focuses" part shows a focus-item only there`,
    );
  });

  it('names an item with no part-of link at all', () => {
    const raw = realRaw();
    const file = raw['household-policies.json'] as GraphFile;
    const category = file.entities.find((e) => e.kind === 'household-category')!;
    file.links = file.links.filter((l) => !(l.from === category.id && l.type === 'part-of'));
    const messages = validateDataset(raw).problems.map((p) => p.message);
    expect(messages).toContain(
      `found "${category.id}" (a household-category) with no part-of link, so no part can show it; ` +
        `expected a part-of link from "${category.id}" to a household status (kind "household-status"): the "policies" part shows a household-category only there`,
    );
  });

  it('validate-data names the planted entity and the part', { timeout: 30_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-reach-'));
    try {
      fs.cpSync(DATA_DIR, dir, { recursive: true });
      const raw = realRaw();
      plantWrongType(raw);
      fs.writeFileSync(path.join(dir, 'exit-criteria.json'), JSON.stringify(raw['exit-criteria.json'], null, 2));
      let out = '';
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', dir], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        const err = e as { stdout: string; stderr: string };
        out = err.stdout + err.stderr;
      }
      expect(out).toContain('1 problem(s)');
      expect(out).toMatch(
        /exit-criteria\.json: links\[\d+\]\.type: found "crit-county-omission" .* the "exit-criteria" part shows a criterion only there/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
