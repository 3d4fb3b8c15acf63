// The build validates the data with the same reader and validator as `npm run validate-data`:
// a planted error fails it with the validator's named errors, and a good build starts with no schema
// library (the page only assembles the already-validated files; the validator, the zip reader and the
// IndexedDB wrapper load when a user opens data of their own).
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

  it('starts with no schema library, zip reader, IndexedDB wrapper or comparison: they load when a user opens data', async () => {
    const out = await buildApp({ outDir: path.join(tmp, 'dist') });
    const assets = path.join(out, 'assets');
    const js = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(1);
    const code = (f: string) => fs.readFileSync(path.join(assets, f), 'utf8');
    // What index.html loads at start: its scripts and modulepreloads, and everything they import statically.
    const initial = new Set<string>();
    const visit = (f: string) => {
      if (initial.has(f)) return;
      initial.add(f);
      for (const m of code(f).matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]!);
    };
    jsSizes(out).initialFiles.forEach((f) => visit(path.basename(f)));
    const initialCode = [...initial].map(code).join('\n');
    // Each library by a string only it carries: zod, fflate, idb-keyval; the comparison by its class names.
    const LOADED_ON_USE = { zod: /jitless|ZodError|\$ZodType/, fflate: /invalid block type/, 'idb-keyval': /keyval-store/, compare: /compare-half/ };
    for (const [name, marker] of Object.entries(LOADED_ON_USE)) {
      expect(initialCode, name).not.toMatch(marker);
      expect(
        js.some((f) => marker.test(code(f))),
        `${name} is in the build, for when it is needed`,
      ).toBe(true);
    }
    // The schema library is only in the validator a user's data goes through (src/datasets/validateFiles.ts).
    for (const f of js) if (LOADED_ON_USE.zod.test(code(f))) expect(f).toMatch(/^validateFiles-/);
    // The data itself is there, already validated.
    expect(initialCode).toContain('fund-social');
  });
});
