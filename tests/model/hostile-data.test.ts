// Every hostile data folder (tests/fixtures/hostile-data/cases.ts) through both readers of data:
// `npm run validate-data`'s and the build's (the Vite data plugin). Each must say exactly the
// expected problems in words, and the two must agree line for line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lankaoData } from '../../scripts/lib/data-plugin';
import { validateDir } from '../../scripts/validate-data';
import { formatProblem } from '../../src/model/validate';
import { HOSTILE_CASES, writeCase } from '../fixtures/hostile-data/cases';

const ROOT = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-hostile-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** What the build does with a folder: the plugin's load hook, as Vite calls it. null = it built. */
function buildProblems(dir: string): string[] | null {
  const plugin = lankaoData(dir);
  (plugin.configResolved as (c: { root: string }) => void)({ root: ROOT });
  const ctx = {
    addWatchFile: () => {},
    error: (message: string) => {
      throw new Error(message);
    },
  };
  try {
    const code = (plugin.load as unknown as (this: typeof ctx, id: string) => string).call(ctx, '\0virtual:lankao-data');
    expect(code).toMatch(/^export default JSON\.parse\(/);
    return null;
  } catch (e) {
    return (e as Error).message
      .split('\n')
      .slice(1)
      .map((l) => l.trim());
  }
}

describe('hostile data folders: validate-data and the build agree, in words', () => {
  HOSTILE_CASES.forEach((c, i) => {
    it(c.name, () => {
      const dir = path.join(tmp, `case-${i}`);
      writeCase(c, path.join(ROOT, 'data'), dir);
      const cli = validateDir(dir).map(formatProblem);
      for (const line of cli) {
        expect(line, 'no library internals').not.toMatch(/Invalid input|Invalid URL|Too big|Too small|found number\)|\(found |expected number/);
        expect(line, 'says what was found and what was expected').toMatch(/found .*expected /);
      }
      expect(cli.length, cli.join('\n')).toBe(c.expect.length);
      for (const re of c.expect)
        expect(
          cli.some((l) => re.test(l)),
          `${re}\n${cli.join('\n')}`,
        ).toBe(true);
      const build = buildProblems(dir);
      expect(build).toEqual(c.expect.length === 0 ? null : cli);
    });
  });
});
