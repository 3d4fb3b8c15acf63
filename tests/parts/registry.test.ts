// The registry is the one list of parts: each entry is its folder's part.ts, each has its folder's
// forms.ts, and what each names (data files, source) exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PART_NAMES, PARTS, partOfFile } from '../../src/parts/registry';
import { partsWithoutForms } from '../../src/app/partForms';
import { GRAPH_FILES } from '../../src/model/files';
import { realGraph, realRaw } from '../helpers/data';

const features = path.resolve(__dirname, '../../src/features');

describe('the parts registry', () => {
  it('lists every folder with a part.ts, in its folder, once', () => {
    const folders = fs.readdirSync(features).filter((f) => fs.existsSync(path.join(features, f, 'part.ts')));
    expect([...PART_NAMES].sort()).toEqual(folders.sort());
    expect(new Set(PART_NAMES).size).toBe(PART_NAMES.length);
  });

  it('finds the forms of every part', () => {
    expect(partsWithoutForms()).toEqual([]);
  });

  it('gives every data file of the picture one part (the details panel has none of its own)', () => {
    const claimed = PARTS.flatMap((p) => p.files);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const file of claimed) expect(GRAPH_FILES as readonly string[]).toContain(file);
    for (const file of GRAPH_FILES) expect(partOfFile(file)?.name, file).toBeDefined();
  });

  it('gives each part the section its own data file has (shared/partTitle.ts compares the two to title a county’s part)', () => {
    const raw = realRaw() as Record<string, { section?: { zh: string; en: string } }>;
    for (const p of PARTS) {
      // A part's own section is its first file's (the timeline also draws overview.json, whose section is 总览).
      const file = p.files[0]!;
      expect(p.section, `${p.name}: part.ts has no section`).toBeDefined();
      expect(raw[file]?.section, `${file}: its section`).toEqual(p.section);
    }
  });

  it('names sources that exist', () => {
    const { sources } = realGraph().model;
    for (const p of PARTS) expect(sources.has(p.source), `${p.name}: ${p.source}`).toBe(true);
  });
});
