// The zip reader counts what really inflates, never trusts the sizes a zip declares, and names
// entries that would leave the folder (src/datasets/unzip.ts).
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { leavesFolder, readZip } from '../../src/datasets/unzip';
import { lyingZip } from '../fixtures/zips';

const LIMITS = { maxBytes: 25 * 1024 * 1024, deadlineMs: 15_000 };
const all = () => true;

describe('readZip', () => {
  it('reads stored and deflated entries, whatever their size', async () => {
    const big = strToU8(`{"a": "${'x'.repeat(600 * 1024)}"}`);
    const zip = zipSync({ 'c/a.json': big, 'c/b.json': [strToU8('{}'), { level: 0 }] });
    const got = await readZip(zip, all, LIMITS);
    expect(got.ok && got.files.map((f) => [f.name, f.bytes.length])).toEqual([
      ['c/a.json', big.length],
      ['c/b.json', 2],
    ]);
  });

  it('stops a zip that declares 100 bytes as soon as its real output passes the limit', async () => {
    const zip = lyingZip({ 'bomb/sources.json': new Uint8Array(40 * 1024 * 1024) }, 100);
    // (How fast, with the page responsive, is measured in the browser: tests/e2e/open-dataset.e2e.test.ts.)
    const got = await readZip(zip, all, LIMITS);
    expect(got).toMatchObject({ ok: false, kind: 'too-big', declared: 100 });
    expect(!got.ok && got.kind === 'too-big' && got.inflated).toBeGreaterThan(LIMITS.maxBytes);
    expect(!got.ok && got.kind === 'too-big' && got.inflated).toBeLessThan(LIMITS.maxBytes + 8 * 1024 * 1024);
  });

  it('refuses an honest zip that says it is too big before inflating anything', async () => {
    const zip = lyingZip({ 'big/a.json': new Uint8Array(1) }, 30 * 1024 * 1024);
    expect(await readZip(zip, all, LIMITS)).toEqual({ ok: false, kind: 'too-big', inflated: 30 * 1024 * 1024, declared: 30 * 1024 * 1024 });
  });

  it('stops at the deadline', async () => {
    const zip = lyingZip({ 'slow/a.json': new Uint8Array(20 * 1024 * 1024) }, 1);
    expect(await readZip(zip, all, { maxBytes: LIMITS.maxBytes, deadlineMs: 0 })).toMatchObject({ ok: false, kind: 'too-slow' });
  });

  it('names every entry whose name leaves the folder', async () => {
    const zip = zipSync({ '../x.json': strToU8('{}'), 'ok/y.json': strToU8('{}'), '/etc/z.json': strToU8('{}') });
    expect(await readZip(zip, all, LIMITS)).toEqual({ ok: false, kind: 'unsafe-names', names: ['../x.json', '/etc/z.json'] });
    expect(['a/../../b.json', 'C:\\x.json', '..\\x.json'].map(leavesFolder)).toEqual([true, true, true]);
    expect(['a/../b.json', './a.json', 'a/b.json'].map(leavesFolder)).toEqual([false, false, false]);
  });

  it('says what is wrong with something that is not a zip', async () => {
    expect(await readZip(strToU8('not a zip at all, just text'), all, LIMITS)).toMatchObject({ ok: false, kind: 'damaged' });
  });
});
