// The one data reader: bytes in, parsed JSON or problems in words out.
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, parseJsonBytes, parseJsonText, readDataset } from '../../src/model/reader';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseJsonText', () => {
  it('parses what JSON.parse parses; "__proto__" is refused with its place (issue 25), never a prototype', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\ud83d\\ude00"], "b": {"c": {}}}';
    const r = parseJsonText(text);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value).toEqual(JSON.parse(text));
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(parseJsonText('{"a": 1, "__proto__": {"b": {}}}').problems).toEqual([
      {
        where: 'line 1, column 10',
        message: 'found the field "__proto__"; expected no field named __proto__, constructor or prototype (JavaScript gives them another meaning)',
      },
    ]);
  });

  it('reports every duplicate key with its place', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b": {"c": 1, "c": 2},\n  "a": 3\n}');
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        where: 'line 3, column 17',
        message: 'found the field "c" twice in b; expected each field once (the second would silently replace the first)',
      },
      { where: 'line 4, column 3', message: 'found the field "a" twice; expected each field once (the second would silently replace the first)' },
    ]);
  });

  it('refuses lone surrogates, trailing commas and raw control characters, naming the place', () => {
    expect(parseJsonText('{"a": "\\udc00"}').problems[0]!.message).toMatch(/lone surrogate "\\udc00"/);
    expect(parseJsonText('["\\ud800x"]').problems[0]!.message).toMatch(/lone surrogate "\\ud800"/);
    expect(parseJsonText('{"a": 1,}').problems[0]).toEqual({
      where: 'line 1, column 9',
      message: 'not valid JSON: found "}"; expected a field name in double quotes',
    });
    expect(parseJsonText('["a\tb"]').problems[0]!.message).toMatch(/control character U\+0009 inside a string/);
  });
});

describe('parseJsonBytes', () => {
  it('accepts a UTF-8 byte-order mark and refuses bad bytes with their position', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a": "兰考"}')]);
    expect(parseJsonBytes(bom)).toEqual({ ok: true, value: { a: '兰考' }, problems: [] });
    const bad = new Uint8Array([...bytes('{\n  "a": "兰'), 0xff, ...bytes('"}')]);
    expect(parseJsonBytes(bad).problems).toEqual([
      {
        where: 'line 2, column 10',
        message: 'found the byte 0xFF (byte 14 of the file), which is not valid UTF-8; expected the file saved as UTF-8',
      },
    ]);
  });

  it('finds overlong forms, encoded surrogates and values past U+10FFFF', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes('兰考 😀'))).toBe(-1);
  });
});

describe('readDataset', () => {
  it('names unknown files with the list of known ones, and folders as folders', () => {
    const r = readDataset(
      [
        { name: 'a.json', bytes: bytes('{}') },
        { name: 'extra.json', bytes: bytes('{}') },
        { name: 'b.json', bytes: null },
      ],
      ['a.json', 'b.json'],
    );
    expect(r.raw).toEqual({ 'a.json': {} });
    expect([...r.unreadable]).toEqual(['b.json']);
    expect(r.problems).toEqual([
      { file: 'b.json', path: '', message: 'found a folder; expected a JSON file' },
      { file: 'extra.json', path: '', message: 'found a file the data folder does not use; expected only these files: a.json, b.json' },
    ]);
  });
});
