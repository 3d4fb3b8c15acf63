// A student cites what they used: one entry per work. From the served build (SITE_URL unset: the
// documented default address) and from the single offline file (built with SITE_URL set), GB/T
// 7714-2015 gives the book as its own [M] entry and this site as its own [EB/OL] entry at the
// canonical address — never file:// or 127.0.0.1 — APA gives the book with (2020), a selection
// that draws on public pages cites each as its own [EB/OL] entry, and BibTeX / RIS download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { buildApp } from '../../scripts/bench/build';
import { DEFAULT_SITE_URL } from '../../src/shared/siteUrl';
import { startSession, waitReady, type Session } from './browser';

const CANONICAL = 'https://example.org/lankao-map/';
let s: Session;
let tmp: string;
let singleUrl: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-cite-'));
  const prev = process.env.SITE_URL;
  process.env.SITE_URL = CANONICAL;
  try {
    const out = await buildApp({ outDir: path.join(tmp, 'dist-single'), mode: 'single' });
    singleUrl = pathToFileURL(path.join(out, 'index.html')).href;
  } finally {
    if (prev === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = prev;
  }
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const entries = (cite: Locator, style: 'gbt' | 'apa') => cite.locator(`[data-cite-style="${style}"] [data-cite-entry]`);
const texts = async (cite: Locator, style: 'gbt' | 'apa') =>
  Object.fromEntries(
    await Promise.all(
      (await entries(cite, style).all()).map(
        async (e) => [await e.getAttribute('data-cite-entry'), await e.locator('.cite-text').innerText()] as const,
      ),
    ),
  );

async function openCite(page: Page, panel: string, name: string): Promise<Locator> {
  const cite = page.locator(`[data-cite="${panel}"]`);
  await cite.getByRole('button', { name }).click();
  await entries(cite, 'gbt').first().waitFor();
  return cite;
}

function expectPanelCitation(gbt: Record<string, string>, apa: Record<string, string>, canonical: string) {
  expect(Object.keys(gbt)).toEqual(['book', 'site']);
  expect(gbt.book).toMatch(
    /^国务院扶贫办 组织编写\. 中国脱贫攻坚·兰考故事\[M\]\. 北京: 研究出版社, 2020（开篇「兰考脱贫了」，目录：开篇自第1页起）\.$/,
  );
  expect(gbt.book).not.toContain('EB/OL');
  expect(gbt.site).toMatch(/^一张图看懂兰考脱贫（交互版）\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. /);
  expect(gbt.site).toContain(`${canonical}?`);
  expect(gbt.site).toContain('sel=fund-social');
  for (const text of [...Object.values(gbt), ...Object.values(apa)]) expect(text).not.toMatch(/file:|127\.0\.0\.1|localhost/);
  expect(apa.book).toMatch(
    /^State Council Leading Group Office of Poverty Alleviation and Development\. \(2020\)\. Zhongguo tuopin gongjian: Lankao gushi /,
  );
  expect(apa.book).not.toContain('Retrieved');
  expect(apa.site).toContain(`Retrieved`);
  expect(apa.site).toContain(canonical);
}

describe('citing from the served build', () => {
  it('gives the book and this site as separate entries at the default canonical address; copies each and all', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.open('view=all&sel=fund-social&lang=en&unit=wan');
    const cite = await openCite(s.page, 'funding', 'Cite this');
    const gbt = await texts(cite, 'gbt');
    const apa = await texts(cite, 'apa');
    expectPanelCitation(gbt, apa, DEFAULT_SITE_URL);
    expect(gbt.site).toContain('unit=wan');
    await cite.locator('[data-cite-style="apa"] [data-cite-entry="book"] [data-action="copy-apa"]').click();
    await cite.locator('[data-cite-style="apa"] [data-cite-entry="book"] .cite-status', { hasText: 'Copied' }).waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(apa.book);
    await cite.locator('[data-action="copy-all-gbt"]').click();
    await cite.locator('[data-cite-style="gbt"] > .cite-status', { hasText: 'Copied' }).waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(`${gbt.book}\n\n${gbt.site}`);
    expect(s.errors).toEqual([]);
  });

  it('cites a selection’s public pages as their own [EB/OL] entries, and downloads BibTeX and RIS', async () => {
    await s.open('sel=ev-2017-02-27-approved&lang=zh&view=all');
    const cite = await openCite(s.page, 'details', '引用此项');
    const kinds = await entries(cite, 'gbt').evaluateAll((els) => els.map((e) => e.getAttribute('data-cite-entry')));
    expect(kinds).toEqual(['book', 'web', 'web', 'site']);
    const gbt = await entries(cite, 'gbt').locator('.cite-text').allInnerTexts();
    expect(gbt.filter((t) => t.includes('[M]'))).toHaveLength(1);
    for (const web of gbt.slice(1, 3)) expect(web).toMatch(/\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. https?:\/\/(xzqh\.info|www\.kf\.cn)\//);
    for (const [action, first] of [
      ['bibtex', '@book{'],
      ['ris', 'TY  - BOOK'],
    ] as const) {
      const [download] = await Promise.all([s.page.waitForEvent('download'), cite.locator(`[data-action="${action}"]`).click()]);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith(first)).toBe(true);
      expect(text).toContain(DEFAULT_SITE_URL);
      expect(text.match(action === 'ris' ? /^TY {2}- /gm : /^@\w+\{/gm)).toHaveLength(4);
    }
    expect(s.errors).toEqual([]);
  });
});

describe('citing from the single offline file', () => {
  it('cites the canonical address the build was given, never file://', async () => {
    await s.page.goto(`${singleUrl}?view=all&sel=fund-social&lang=en`);
    await waitReady(s.page);
    const cite = await openCite(s.page, 'funding', 'Cite this');
    expectPanelCitation(await texts(cite, 'gbt'), await texts(cite, 'apa'), CANONICAL);
    expect(s.errors).toEqual([]);
  });
});
