// The CLI as a user runs it: `npm run validate-data [dir]` on data/ and on the planted fixtures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const run = (dir: string) => {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', dir], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

// Each case spawns a Node process; on a busy 2-core CI machine that can take seconds.
describe('validate-data CLI', { timeout: 30_000 }, () => {
  it('passes on data/', () => {
    const r = run('data');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/is valid \(14 files\)/);
  });

  it('names every planted error in tests/fixtures/broken', () => {
    const r = run('tests/fixtures/broken');
    expect(r.code).toBe(1);
    const expected = [
      'sources.json: sources[13].url: found the text "javascript:alert(1)"; expected a web address starting with http:// or https://',
      'leadership.json: entities[1].label.en: found nothing (the field is missing); expected text',
      'leadership.json: entities[2].sources: found a list of 0 item(s); expected at least one source',
      'leadership.json: entities[3].kind: found the text "wizard"; expected one of "goal"',
      'leadership.json: entities[4].sources[0].source: found the source "book-unknown", which sources.json does not list; expected a source id',
      'history.json: entities[9].id: found the id "fund-total" a second time (first in support-and-funding.json at entities[3]); expected each id once',
      'leadership.json: links[25].to: found "no-such-entity", which no data file defines; expected an entity id',
      'support-and-funding.json: entities[3].measures[0].value: found parts that add up to 9.43 亿元 (4.25 亿元 + 3.2 亿元 + 1.98 亿元); expected the total 9.33 亿元',
      'headline.json: headline[0].measure: found "no-such-measure", which is not a measure of "crit-county-incidence"; expected one of its measures',
      // The planted 4.25 is also not the figure its quote prints.
      "support-and-funding.json: entities[4].measures[0].value: found 4.25 亿元, which none of its sources' quotes or notes writes",
      // Evidence rules (src/model/rules/evidence.ts): a verbatim label the book does not print, a quote that joins
      // fragments, and a link marked as drawn with nothing in the book to show it.
      'campaign-map.json: entities[1].label.zh: found the verbatim label "抓党建促脱贫" in none of the entity\'s own book quotes',
      'campaign-map.json: entities[2].sources[1].quote: found "建强脱贫攻坚队伍 / 提升村级组织力", which joins fragments',
      'campaign-map.json: links[1].evidence: found a link cm-party-teams —part-of→ cm-party marked as drawn, with no evidence',
      // The English rules (src/model/rules/glossary.ts): 驻村工作队 rendered "Resident work teams", not the glossary's rendering.
      'campaign-map.json: entities[20].label.en: found "Resident work teams"; expected the glossary\'s rendering "village-based work team" for 驻村工作队 (glossary.json terms[9])',
    ];
    for (const line of expected) expect(r.out).toContain(line);
    expect(r.out).toContain(`${expected.length} problem(s)`);
  });

  it('names a glossary rendering that the page’s own strings use with another meaning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-cli-'));
    try {
      fs.cpSync(path.join(root, 'data'), dir, { recursive: true });
      const file = path.join(dir, 'glossary.json');
      const glossary = JSON.parse(fs.readFileSync(file, 'utf8')) as { terms: { zh: string; en: string }[] };
      const i = glossary.terms.findIndex((t) => t.zh === '五个衔接');
      glossary.terms[i]!.en = 'five links';
      fs.writeFileSync(file, JSON.stringify(glossary, null, 2));
      const r = run(dir);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        new RegExp(
          `glossary\\.json: terms\\[${i}\\]\\.en: found "five links" for 五个衔接, whose "link" the page's own strings use with another meaning: src/`,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the line and column of a file that is not JSON', () => {
    const r = run('tests/fixtures/broken-json');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/overview\.json: line 4, column 18: not valid JSON: found "}"; expected a field name in double quotes/);
  });

  it('names a folder where a file should be, with no stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-cli-'));
    try {
      fs.cpSync(path.join(root, 'data'), dir, { recursive: true });
      fs.rmSync(path.join(dir, 'sources.json'));
      fs.mkdirSync(path.join(dir, 'sources.json'));
      const r = run(dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain('sources.json: (root): found a folder; expected a JSON file');
      expect(r.out).toContain('1 problem(s)');
      expect(r.out).not.toMatch(/EISDIR|\bat .*\.ts:\d+/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when the folder does not exist', () => {
    const r = run('no/such/folder');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/found no folder at .*; expected a folder of data files/);
  });
});
