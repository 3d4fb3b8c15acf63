import { describe, expect, it } from 'vitest';
import { defaultLayout, fitInto, pictureCaption, pictureFileName, slideLayout, SLIDE, SLIDE_BAND, BAND } from '../../src/shared/pictureLayout';

describe('pictureCaption', () => {
  it('names the book, the publisher, the year and the section, and keys ※ and † in Chinese', () => {
    const c = pictureCaption('六个精准', '六个精准', 'zh');
    expect(c.title).toBe('六个精准');
    expect(c.source).toBe('资料来源：《中国脱贫攻坚·兰考故事》，研究出版社 2020 · 六个精准');
    expect(c.key).toContain('※ 重构读法');
    expect(c.key).toContain('† 来自公开来源');
  });

  it('speaks English when the UI does', () => {
    const c = pictureCaption('Twelve household policies', 'Twelve household policies', 'en');
    expect(c.source).toBe('Source: China’s Fight against Poverty: The Lankao Story, Yanjiu Chubanshe, 2020 · Twelve household policies');
    expect(c.key).toMatch(/^※ reconstructed reading.*† from a public source/);
    expect(c.key).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('fitInto', () => {
  const box = { x: 10, y: 20, width: 400, height: 200 };
  it('keeps the shape and centres a wide graphic vertically', () => {
    expect(fitInto(800, 200, box)).toEqual({ x: 10, y: 70, width: 400, height: 100 });
  });
  it('centres a tall graphic horizontally', () => {
    expect(fitInto(100, 400, box)).toEqual({ x: 185, y: 20, width: 50, height: 200 });
  });
  it('does not enlarge past maxScale', () => {
    expect(fitInto(100, 50, box, 1)).toEqual({ x: 160, y: 95, width: 100, height: 50 });
  });
  it('gives an empty box for an empty graphic', () => {
    expect(fitInto(0, 50, box).width).toBe(0);
  });
});

describe('layouts', () => {
  it('draws the default picture at 2× with a title band above and the source band below', () => {
    const l = defaultLayout(600.4, 300, 2);
    expect(l.canvas).toEqual({ width: 1200, height: (BAND.title + 300 + BAND.footer) * 2 });
    expect(l.graphic).toEqual({ x: 0, y: BAND.title * 2, width: 1200, height: 600 });
    expect(l.titleY).toBeLessThan(l.graphic.y);
    expect(l.sourceY).toBeGreaterThan(l.graphic.y + l.graphic.height);
    expect(l.keyY).toBeLessThanOrEqual(l.canvas.height);
  });

  it('fits any graphic into a 1920×1080 slide between the bands', () => {
    for (const [w, h] of [
      [1280, 640],
      [300, 900],
      [1000, 1000],
    ] as const) {
      const l = slideLayout(w, h);
      expect(l.canvas).toEqual(SLIDE);
      const g = l.graphic;
      expect(g.width / g.height).toBeCloseTo(w / h, 6);
      expect(g.x).toBeGreaterThanOrEqual(SLIDE_BAND.pad - 1e-9);
      expect(g.y).toBeGreaterThanOrEqual(SLIDE_BAND.title - 1e-9);
      expect(g.y + g.height).toBeLessThanOrEqual(SLIDE.height - SLIDE_BAND.footer + 1e-9);
      expect(g.x + g.width).toBeLessThanOrEqual(SLIDE.width - SLIDE_BAND.pad + 1e-9);
      expect(Math.max(g.width / (SLIDE.width - 2 * SLIDE_BAND.pad), g.height / (SLIDE.height - SLIDE_BAND.title - SLIDE_BAND.footer))).toBeCloseTo(
        1,
        6,
      );
    }
  });

  it('names slide files apart from the default picture', () => {
    expect(pictureFileName('policies', 'zh', false)).toBe('lankao-policies-zh.png');
    expect(pictureFileName('policies', 'en', true)).toBe('lankao-policies-en-16x9.png');
  });
});
