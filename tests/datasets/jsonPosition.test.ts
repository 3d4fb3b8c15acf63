import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/datasets/jsonPosition';

describe('jsonErrorOffset', () => {
  it('is -1 for every text JSON.parse accepts', () => {
    for (const t of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0', '{"a":{"b":[]}}']) {
      expect(() => JSON.parse(t)).not.toThrow();
      expect(jsonErrorOffset(t)).toBe(-1);
    }
  });

  it('points at the first character that breaks the grammar', () => {
    expect(jsonErrorOffset('{\n  "entities": [,]\n}')).toBe(17);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": "x')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('"\\x"')).toBe(2);
  });
});
