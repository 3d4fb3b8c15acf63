// The CLI as a user runs it: `npm run validate-data [dir]` on data/ and on the planted fixtures.
import { execFileSync } from 'node:child_process';
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
      'sources.json: sources[13].url: expected an http(s) address',
      'leadership.json: entities[1].label.en: expected string (it is missing)',
      'leadership.json: entities[2].sources: expected at least one source',
      'leadership.json: entities[3].kind: expected one of "goal"',
      'leadership.json: entities[4].sources[0].source: expected a source id from sources.json; "book-unknown" is not there',
      'history.json: entities[9].id: expected a unique id; "fund-total" is already defined in support-and-funding.json at entities[3]',
      'leadership.json: links[25].to: expected an entity id; "no-such-entity" is not defined in any data file',
      'support-and-funding.json: entities[3].measures[0].value: expected the funding parts to add up to the total 9.33; they add up to 9.43',
      'headline.json: headline[0].measure: expected a measure of "crit-county-incidence"; "no-such-measure" is not one',
      // Planted: 驻村工作队 rendered "Resident work teams" instead of the glossary's "village-based work team".
      'campaign-map.json: entities[20].label.en: expected the glossary\'s rendering "village-based work team" for 驻村工作队 (glossary.json terms[9])',
    ];
    for (const line of expected) expect(r.out).toContain(line);
    expect(r.out).toContain(`${expected.length} problem(s)`);
  });

  it('names the line and column of a file that is not JSON', () => {
    const r = run('tests/fixtures/broken-json');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/overview\.json: line 4, column \d+: expected valid JSON/);
  });

  it('says so when the folder does not exist', () => {
    const r = run('no/such/folder');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/no folder at/);
  });
});
