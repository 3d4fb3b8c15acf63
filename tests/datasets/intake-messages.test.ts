// Every message the reader of a Chinese page gets about the data they brought is in Chinese, and in
// English on an English page, naming the file and the place: each produced by the real code (the
// intake, the zip reader, the JSON reader, a kept record's check), not written out here.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { gather, type InputItem } from '../../src/datasets/intake';
import { checkRecord } from '../../src/datasets/storage';
import { openItems } from '../../src/datasets/session';
import { parseJsonText, readDataset } from '../../src/model/reader';
import { placeText, problemText, storedProblemText } from '../../src/model/problemText';
import { DATA_FILES } from '../../src/model/files';

const item = (path: string, bytes: Uint8Array, size = bytes.length): InputItem => ({ path, size, read: async () => bytes });

/** A zip whose central directory and local headers are patched (flags, method, a broken local header). */
function patched(patch: (b: Uint8Array, central: number, local: number) => void): Uint8Array {
  const b = zipSync({ 'county/sources.json': strToU8('{"sources": []}') }).slice();
  const v = new DataView(b.buffer);
  let central = -1;
  for (let i = b.length - 22; i >= 0; i--)
    if (v.getUint32(i, true) === 0x02014b50) {
      central = i;
      break;
    }
  patch(b, central, v.getUint32(central + 42, true));
  return b;
}

async function intake(items: InputItem[]) {
  const got = await gather(items, DATA_FILES);
  if (!('problems' in got)) throw new Error('expected problems');
  return got.problems;
}

/** English left in a Chinese message once what it names (quoted values, file names, codes) is set aside. */
function englishLeft(zh: string): string[] {
  const named = zh
    .replace(/"[^"]*"/g, '')
    // The browser's or the inflater's own words for why a file could not be read, quoted as they come.
    .replace(/(无法读取的文件|无法解压的数据)（[^）]*）/g, '$1')
    .replace(/[\w./-]*\.(json|zip)\b/g, '')
    .replace(
      /\b(JSON|UTF-8|ZIP64|zip|GB|MB|U\+[0-9A-F]+|0x[0-9A-Fa-f]+|true|false|null|id|name|savedAt|files|Blob|JavaScript|__proto__|constructor|prototype)\b/g,
      '',
    )
    .replace(/\\(u[0-9A-Fa-fX]{4}|\S)/g, '');
  return named.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('messages about the reader’s data, in the page’s language', async () => {
  const notZip = await intake([item('county.zip', strToU8('not a zip at all, just text'))]);
  const noJson = await intake([item('county.zip', zipSync({ 'county/readme.txt': strToU8('hi') }))]);
  const encrypted = await intake([
    item(
      'county.zip',
      patched((b, c, l) => ((b[c + 8] = 1), (b[l + 6] = 1))),
    ),
  ]);
  const method = await intake([
    item(
      'county.zip',
      patched((b, c) => (b[c + 10] = 12)),
    ),
  ]);
  const brokenEntry = await intake([
    item(
      'county.zip',
      patched((b, _c, l) => (b[l] = 0)),
    ),
  ]);
  const nothing = await intake([]);
  const noJsonFiles = await intake([item('notes.txt', strToU8('hi'))]);
  const tooMany = await intake([item('a.json', new Uint8Array(1), 20 * 1024 * 1024), item('b.json', new Uint8Array(1), 20 * 1024 * 1024)]);
  const notBundle = await intake([item('mine.json', strToU8('{"a": 1}'))]);
  const oldBundle = await intake([item('mine.json', strToU8('{"format": "lankao-picture-bundle", "version": 99, "files": {}}'))]);
  const json = [
    '"\\q"',
    '"abc',
    '"a\u0001"',
    '"\\u12G4"',
    '"\\udc00"',
    '{a: 1}',
    '{"a": 1, "a": 2}',
    '{"__proto__": 1}',
    '[1] 2',
    '@',
    '['.repeat(300),
  ].flatMap((t) => parseJsonText(t).problems.map((p) => ({ file: 'x.json', path: p.where, message: p.message })));
  const utf8 = readDataset([{ name: 'sources.json', bytes: new Uint8Array([0x7b, 0xff, 0x7d]) }]).problems;
  const unreadable = readDataset([
    { name: 'sources.json', bytes: null, readError: 'NotReadableError' },
    { name: 'headline.json', bytes: null },
  ]).problems;
  const kept = [
    null,
    { id: 'other' },
    { id: 'k', name: 3 },
    { id: 'k', name: 'n', savedAt: 's', files: 'x' },
    { id: 'k', name: 'n', savedAt: 's', files: [1] },
  ].map((r) => ({ file: 'k', path: '', message: (checkRecord(r, 'k') as { damaged: string }).damaged }));
  const all = [
    notZip,
    noJson,
    encrypted,
    method,
    brokenEntry,
    nothing,
    noJsonFiles,
    tooMany,
    notBundle,
    oldBundle,
    json,
    utf8,
    unreadable,
    kept,
  ].flat();

  it('each is a “found …; expected …” sentence, entirely Chinese on a Chinese page but for what it names', () => {
    expect(all.length).toBeGreaterThan(25);
    for (const p of all) {
      const zh = problemText(p.message, 'zh');
      expect(zh, p.message).toMatch(/^(不是有效的 JSON。)?发现：.+；应为：.+/);
      expect(englishLeft(zh), `${p.message} → ${zh}`).toEqual([]);
      expect(problemText(p.message, 'en')).toBe(p.message);
      expect(p.message).toMatch(/^(not valid JSON: )?found .+; expected .+/);
    }
  });

  it('names the file and, inside a zip, the entry', () => {
    expect(notZip.map((p) => p.file)).toEqual(['county.zip']);
    expect(problemText(notZip[0]!.message, 'zh')).toBe('发现：文件末尾没有 zip 目录（不是 zip，或者不完整）；应为：可以读取的 .zip 文件');
    expect(problemText(noJson[0]!.message, 'zh')).toBe('发现：zip 里没有 .json 文件；应为：数据文件（sources.json、headline.json 等）');
    for (const p of [encrypted, method, brokenEntry]) expect(p.map((x) => x.file)).toEqual(['county.zip/county/sources.json']);
    expect(problemText(encrypted[0]!.message, 'zh')).toBe('发现：加了密码的条目；应为：没有密码的 zip');
    expect(problemText(method[0]!.message, 'en')).toBe(
      'found an entry compressed with method 12; expected "stored" or "deflate" (what every zip tool writes)',
    );
    const twice = json.find((p) => p.message.includes('twice'))!;
    expect(twice.path).toBe('line 1, column 10');
    expect(placeText(twice.path, 'zh')).toBe('第 1 行第 10 列');
    expect(placeText(twice.path, 'en')).toBe('line 1, column 10');
    expect(placeText('entities[2].label', 'zh')).toBe('entities[2].label');
    expect(utf8[0]).toMatchObject({ file: 'sources.json', path: expect.stringMatching(/^line 1, column 2/) });
  });

  it('hands the page each problem in both languages, so the data control needs no phrase table', async () => {
    const opened = await openItems([item('county.zip', strToU8('not a zip at all, just text'))]);
    expect('problems' in opened && opened.problems[0]!.said).toEqual({
      zh: { place: '', message: '发现：文件末尾没有 zip 目录（不是 zip，或者不完整）；应为：可以读取的 .zip 文件' },
      en: { place: '', message: 'found no zip directory at its end (not a zip, or cut short); expected a readable .zip file' },
    });
    const broken = await openItems([item('leadership.json', strToU8('{\n  "entities": [,]\n}')), item('sources.json', strToU8('{}'))]);
    const first = 'problems' in broken ? broken.problems.find((p) => p.file === 'leadership.json')! : null;
    expect(first?.said?.zh.place).toMatch(/^第 2 行第 \d+ 列$/);
    expect(first?.said?.en.place).toMatch(/^line 2, column \d+$/);
  });

  it('says why a kept dataset cannot be shown in the page’s language, its first problem with file and place', () => {
    const problems = {
      count: 3,
      first: { file: 'leadership.json', path: 'entities[2].label', message: 'found nothing (the field is missing); expected text' },
    };
    expect(storedProblemText({ reason: 'x', problems }, 'zh')).toBe(
      '共 3 个问题，第一个：leadership.json：entities[2].label：发现：空（缺少这个字段）；应为：文本',
    );
    expect(storedProblemText({ reason: 'x', problems }, 'en')).toBe(
      '3 problem(s), the first: leadership.json: entities[2].label: found nothing (the field is missing); expected text',
    );
    expect(storedProblemText({ reason: kept[2]!.message }, 'zh')).toBe('发现：数字 3（作为 "name"）；应为：文本');
  });
});
