// The build validates the data with the same reader and validator as `npm run validate-data`:
// a planted error fails it with the validator's named errors, and a good build ships no schema
// library in any JavaScript (the page only assembles the already-validated files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, jsSizes, ROOT } from '../../scripts/bench/build';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-build-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the build reads data/ through the validator', () => {
  it('fails on a planted data error, naming each problem as validate-data does', async () => {
    const dataDir = path.join(tmp, 'planted');
    fs.cpSync(path.join(ROOT, 'data'), dataDir, { recursive: true });
    const file = path.join(dataDir, 'support-and-funding.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const social = json.entities.find((e: { id: string }) => e.id === 'fund-social');
    social.measures[0].unit = '万元'; // 1.98 万元: the parts no longer add up to 9.33 亿元
    social.measures[0].unitEn = '10,000 yuan';
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
    fs.writeFileSync(path.join(dataDir, 'notes.json'), '{}');
    const error = await buildApp({ outDir: path.join(tmp, 'planted-dist'), dataDir }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.message).toContain('has 2 problem(s)');
    expect(error!.message).toMatch(/notes\.json: \(root\): found a file the data folder does not use; expected only these files: sources\.json, /);
    expect(error!.message).toMatch(
      /support-and-funding\.json: entities\[\d+\]\.measures\[0\]\.value: found parts that add up to 7\.35 亿元 \(4\.15 亿元 \+ 3\.2 亿元 \+ 1\.98 万元\); expected the total 9\.33 亿元/,
    );
    expect(fs.existsSync(path.join(tmp, 'planted-dist', 'index.html'))).toBe(false);
  });

  it('ships no runtime schema library: zod is in none of the JavaScript', async () => {
    const out = await buildApp({ outDir: path.join(tmp, 'dist') });
    const js = fs.readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    for (const f of js) {
      const code = fs.readFileSync(path.join(out, 'assets', f), 'utf8');
      expect(code, f).not.toMatch(/jitless|ZodError|\$ZodType/);
    }
    // The data itself is there, already validated.
    const initial = jsSizes(out)
      .initialFiles.map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    expect(initial).toContain('fund-social');
  });
});
