// On a Chinese page every problem the validator finds in a reader's data is said in Chinese, but for
// what it names (ids, paths, quoted values, file names, codes): each message made by the real rules,
// from the hostile data folders, the broken fixture and a problem planted for each rule besides.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../scripts/validate-data';
import { validateDataset } from '../../src/model/validate';
import { problemText } from '../../src/model/problemText';
import { HOSTILE_CASES, writeCase } from '../fixtures/hostile-data/cases';
import { realRaw } from '../helpers/data';
import { ENTITY_KINDS } from '../../src/model/schema';

const ROOT = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-problem-text-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** English words left in a Chinese message once what it names is set aside. */
function englishLeft(zh: string): string[] {
  const named = zh
    .replace(/"[^"]*"/g, '')
    .replace(/[\w./-]*\.(json|zip)\b/g, '')
    .replace(/https?:\/\//g, '')
    .replace(/\b[a-z0-9]+(-[a-z0-9]+)+\b/g, '') // ids: fund-total, cm-party, part-of
    .replace(/\b\w+(\[\d+\])+(\.\w+(\[\d+\])*)*/g, '') // paths: entities[3].label
    .replace(new RegExp(`\\b(${ENTITY_KINDS.join('|')})\\b`, 'g'), '') // the data's own kinds: criterion, focus-item
    .replace(/\b(kind|JSON|UTF-8|ZIP64|zip|GB|MB|U\+[0-9A-F]+|0x[0-9A-Fa-f]+|true|false|null|Infinity|NaN|ASCII|titleKind|id|terms)\b/g, '');
  return named.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Lankao's data with one planted change; the messages its validation gives. */
function planted(edit: (f: Record<string, Json>) => void): string[] {
  const raw = realRaw() as Record<string, Json>;
  edit(raw);
  return validateDataset(raw).problems.map((p) => p.message);
}

const entity = (f: Record<string, Json>, file: string, id: string) => f[file].entities.find((e: Json) => e.id === id);

describe('validation messages on a Chinese page', () => {
  const messages: string[] = [];
  HOSTILE_CASES.forEach((c, i) => {
    const dir = path.join(tmp, `case-${i}`);
    writeCase(c, path.join(ROOT, 'data'), dir);
    for (const p of validateDir(dir)) messages.push(p.message);
  });
  for (const p of validateDir(path.join(ROOT, 'tests/fixtures/broken'))) messages.push(p.message);
  const plants: Array<(f: Record<string, Json>) => void> = [
    (f) => (entity(f, 'exit-criteria.json', 'crit-village-incidence').extra = 1), // an unknown field
    (f) => (entity(f, 'exit-criteria.json', 'crit-village-incidence').kind = 'planet'), // not one of the kinds
    (f) => (entity(f, 'exit-criteria.json', 'crit-village-incidence').id = 'Not An Id'),
    (f) => delete entity(f, 'exit-criteria.json', 'crit-village-incidence').measures[0].comparator,
    (f) => (entity(f, 'exit-criteria.json', 'crit-village-incidence').measures[0].decimals = 0.5),
    (f) => (entity(f, 'exit-criteria.json', 'crit-village-incidence').label.zh = 'a\u202eb'),
    (f) => f['exit-criteria.json'].links.push({ ...f['exit-criteria.json'].links[0] }),
    (f) => f['exit-criteria.json'].links.push({ from: 'exit-household', to: 'exit-household', type: 'measures', interpretive: true }),
    (f) => (f['exit-criteria.json'].links[0].type = 'owns'),
    (f) => (f['presentation.json'].steps[0].state = { fundView: 'compare' }),
    (f) => (f['headline.json'].headline[0].measure = 'no-such-measure'),
    (f) => (f['glossary.json'].terms[1].zh = f['glossary.json'].terms[0].zh),
    (f) => (f['quote-translations.json'].quotes['一句书里没有的话'] = 'a sentence the book does not have'),
    (f) => (f['sources.json'].sources[0].quote = 'x'.repeat(300)),
  ];
  const perPlant = plants.map((edit) => planted(edit));
  for (const got of perPlant) messages.push(...got);

  it('says each in Chinese, but for what it names', () => {
    expect(messages.length).toBeGreaterThan(40);
    // Each planted change is found (so its message is among those checked).
    expect(perPlant.map((got) => got.length > 0)).toEqual(plants.map(() => true));
    const left = messages.map((m) => ({ m, zh: problemText(m, 'zh') })).filter(({ zh }) => englishLeft(zh).length > 0);
    expect(left.map(({ m, zh }) => `${m}\n  → ${zh}\n  left: ${englishLeft(zh).join(' ')}`)).toEqual([]);
    for (const m of messages) expect(problemText(m, 'en')).toBe(m);
  });
});
