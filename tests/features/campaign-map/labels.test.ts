import { describe, expect, it } from 'vitest';
import { accessibleLabel, labelLines, labelStyle } from '../../../src/features/campaign-map/labels';
import { glyphWidth as textWidth, tokenize, wrapBalanced as wrapText } from '../../../src/shared/textMetrics';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/dataset';

const NO_START = /^[，。、；：！？）》」』”’,.;:!?)]/;

describe('textWidth', () => {
  it('counts CJK and full-width marks as 1 em, Latin narrower', () => {
    expect(textWidth('脱贫攻坚', 10)).toBe(40);
    expect(textWidth('“※”', 10)).toBe(30);
    expect(textWidth('il', 10)).toBeLessThan(textWidth('mw', 10));
    expect(textWidth('Party', 13)).toBeGreaterThan(30);
    expect(textWidth('Party', 13)).toBeLessThan(50);
  });
});

describe('tokenize', () => {
  it('keeps punctuation with its neighbour', () => {
    expect(tokenize('契机，配强')).toEqual(['契', '机，', '配', '强']);
    expect(tokenize('开展“三联”')).toEqual(['开', '展', '“三', '联”']);
    expect(tokenize('links, three (full)')).toEqual(['links,', ' ', 'three', ' ', '(full)']);
  });
});

describe('wrapText', () => {
  it('leaves a short label on one line', () => {
    expect(wrapText('推进厕所革命', 200, 13)).toEqual(['推进厕所革命']);
  });

  it('breaks Chinese after a pause rather than inside a word', () => {
    expect(wrapText('以乡镇党委换届为契机，配强乡镇班子', 190, 13)).toEqual(['以乡镇党委换届为契机，', '配强乡镇班子']);
  });

  it('balances lines instead of leaving one word behind', () => {
    const lines = wrapText('Strengthen Party building to drive the exit', 190, 14);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => textWidth(l, 14));
    expect(Math.abs(a! - b!)).toBeLessThan(60);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 80, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(80);
  });

  it('wraps every campaign label within its width, losing nothing, never starting a line with closing punctuation', () => {
    const graph = buildGraph(loadModel(builtInDataset()));
    for (const e of graph.model.entityList.filter((x) => x.kind === 'campaign-node')) {
      for (const level of [0, 1, 2, 3]) {
        const st = labelStyle(level);
        const zh = wrapText(e.label.zh, st.maxWidth, st.size);
        expect(zh.join('')).toBe(e.label.zh);
        const en = wrapText(e.label.en, st.maxWidthEn, st.size);
        expect(en.join(' ')).toBe(e.label.en);
        for (const l of zh) {
          expect(textWidth(l, st.size)).toBeLessThanOrEqual(st.maxWidth);
          expect(l).not.toMatch(NO_START);
        }
        for (const l of en) expect(textWidth(l, st.size)).toBeLessThanOrEqual(st.maxWidthEn);
      }
    }
  });
});

describe('labelLines', () => {
  const label = { zh: '推进厕所革命', en: 'Push the toilet revolution' };

  it('follows the language: one language, or Chinese then English in "both"', () => {
    expect(labelLines(label, 'verbatim', 'zh', 3).map((l) => l.text)).toEqual(['推进厕所革命']);
    expect(labelLines(label, 'verbatim', 'en', 3).map((l) => l.text)).toEqual(['Push the toilet revolution']);
    const both = labelLines(label, 'verbatim', 'both', 3);
    expect(both.map((l) => [l.text, l.lang, l.secondary])).toEqual([
      ['推进厕所革命', 'zh', false],
      ['Push the toilet revolution', 'en', true],
    ]);
    expect(both[1]!.size).toBeLessThan(both[0]!.size);
  });

  it('marks a reconstructed reading with ※ in every language', () => {
    expect(labelLines(label, 'reconstructed', 'zh', 3)[0]!.text).toBe('推进厕所革命 ※');
    expect(labelLines(label, 'reconstructed', 'en', 3)[0]!.text).toBe('Push the toilet revolution ※');
    expect(labelLines(label, 'reconstructed', 'both', 3).map((l) => l.text)).toEqual(['推进厕所革命 ※', 'Push the toilet revolution']);
    expect(accessibleLabel(label, 'reconstructed', 'en')).toBe('Push the toilet revolution ※');
    expect(accessibleLabel(label, 'verbatim', 'both')).toBe('推进厕所革命 · Push the toilet revolution');
  });

  it('draws the root larger than the items', () => {
    expect(labelLines(label, 'verbatim', 'zh', 0)[0]!.size).toBeGreaterThan(labelLines(label, 'verbatim', 'zh', 3)[0]!.size);
  });
});
