// Curly quotes are measured by the script around them (issue 22): narrow in an English label, set in
// a Latin face; full-width among Chinese, as a CJK font draws them.
import { describe, expect, it } from 'vitest';
import { glyphWidth, textWidth } from '../../src/shared/textMetrics';

describe('curly quotes and apostrophes', () => {
  it('are narrow in a text without CJK', () => {
    expect(textWidth('People’s', 10)).toBe(textWidth("People's", 10));
    expect(glyphWidth('“five links”', 10)).toBeLessThan(glyphWidth('five links', 10) + 10 * 1.1);
  });
  it('are full-width among Chinese', () => {
    expect(textWidth('开展“三联三全覆盖”', 10)).toBe(100);
    expect(glyphWidth('“五个衔接”', 10)).toBeCloseTo(60);
  });
});
