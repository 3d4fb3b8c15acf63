// Nothing of the book's two diagrams is left out: every entity in data/ is drawn by some panel
// (found by its data-entity), once the campaign map is fully opened.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

function allEntityIds(): string[] {
  const dir = path.resolve(__dirname, '../../data');
  const ids: string[] = [];
  for (const f of fs.readdirSync(dir)) {
    const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const e of json.entities ?? []) ids.push(e.id);
  }
  return ids;
}

describe('coverage of the picture', () => {
  it('renders every entity of data/ in a panel other than the details view', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator('[data-panel="campaign-map"] [data-action="open-all"]').click();
    const shown = new Set(
      await s.page.$$eval('[data-panel]:not([data-panel="details"]) [data-entity]', (els) => els.map((e) => e.getAttribute('data-entity'))),
    );
    const missing = allEntityIds().filter((id) => !shown.has(id));
    expect(missing).toEqual([]);
  });

  it('every entity element is keyboard-focusable and carries an emphasis', async () => {
    const bad = await s.page.$$eval('[data-entity]', (els) =>
      els
        .filter((e) => (e as HTMLElement).tabIndex < -1 || !['selected', 'related', 'dimmed', 'idle'].includes(e.getAttribute('data-emphasis') ?? ''))
        .map((e) => e.getAttribute('data-entity')),
    );
    expect(bad).toEqual([]);
  });
});
