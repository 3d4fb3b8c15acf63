import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTemplate } from '../../scripts/new-county';
import { jsonSchemas, SCHEMA_DIR } from '../../scripts/json-schema';
import { validateDir } from '../../scripts/validate-data';
import { DATA_FILES } from '../../src/model/files';
import { fillTemplate } from '../fixtures/filled-template';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmpDir = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-new-county-')));

describe('npm run new-county', () => {
  it('writes every data file, each naming its shipped JSON Schema, and fails validation on every placeholder', () => {
    writeTemplate(tmpDir());
    for (const f of DATA_FILES) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { $schema: string };
      expect(fs.existsSync(path.join(dir, json.$schema))).toBe(true);
    }
    const problems = validateDir(dir);
    const placeholders = problems.filter((p) => p.message.includes('⟪FILL IN⟫'));
    expect(new Set(placeholders.map((p) => p.file))).toEqual(new Set(DATA_FILES.filter((f) => f !== 'presentation.json')));
    expect(placeholders).toContainEqual(expect.objectContaining({ file: 'support-and-funding.json', path: 'entities[1].measures[0].value' }));
  });

  it('passes validation once every placeholder is filled in (the fictional fixture)', () => {
    writeTemplate(tmpDir());
    for (const f of DATA_FILES) {
      const file = path.join(dir, f);
      fs.writeFileSync(file, JSON.stringify(fillTemplate(JSON.parse(fs.readFileSync(file, 'utf8')))));
    }
    expect(validateDir(dir)).toEqual([]);
  });

  it('fails again when one placeholder is left', () => {
    writeTemplate(tmpDir());
    for (const f of DATA_FILES) {
      const file = path.join(dir, f);
      const filled = fillTemplate(JSON.parse(fs.readFileSync(file, 'utf8')) as { section?: { zh: string } });
      if (f === 'history.json') filled.section!.zh = '⟪FILL IN text: left over⟫';
      fs.writeFileSync(file, JSON.stringify(filled));
    }
    expect(validateDir(dir)).toEqual([{ file: 'history.json', path: 'section.zh', message: expect.stringContaining('⟪FILL IN⟫') }]);
  });
});

describe('the shipped JSON Schemas', () => {
  it('are what `npm run json-schema` generates from src/model/schema.ts (not stale)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) expect(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8')).toBe(text);
  });
});
