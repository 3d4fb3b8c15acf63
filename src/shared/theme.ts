// The one theme: colours, fonts and emphasis, for CSS and ECharts alike. Pure data (no DOM), so
// option builders import it and the build turns it into the stylesheet's custom properties
// (vite.config.ts serves themeCss() as `virtual:lankao-theme.css`, bundled before styles.css —
// a real stylesheet, so the strict CSP needs no inline style and a prerendered page is coloured
// before any script runs). CSS says var(--ink); a builder says COLOR.ink: the same value.
import type { Emphasis } from '../core/emphasis';

export const COLOR = {
  red: '#9b1c1c',
  redSoft: '#f7e3df',
  ink: '#1f1a17',
  ink2: '#574d46',
  paper: '#fbf8f3',
  card: '#ffffff',
  line: '#e4dbd0',
  gold: '#b7791f',
  blue: '#1d4e89',
  green: '#2f6b3a',
  brown: '#8a5a12',
  purple: '#6b3fa0',
  focus: '#1a56db',
  /** Background of a related HTML item. */
  related: '#fff1c2',
  /** Text of a dimmed item: muted, yet ≥ 4.5:1 on white (5.0) and on paper (4.8) (axe color-contrast). */
  dimmedInk: '#776e68',
  /** Borders and strokes of a dimmed item. */
  dimmedLine: '#e9e2d8',
} as const;

export const FONT = {
  /** CJK first: Chinese is the book's language; system fonts cover Latin. */
  family: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
} as const;

/**
 * Visual weight per emphasis, the one table for SVG (through the CSS properties below) and
 * ECharts (directly). A dimmed mark fades; a dimmed label keeps full opacity in COLOR.dimmedInk.
 */
export const EMPHASIS_STYLE: Record<Emphasis, { opacity: number; strokeWidth: number; fontWeight: number; border: string }> = {
  selected: { opacity: 1, strokeWidth: 3, fontWeight: 700, border: COLOR.ink },
  related: { opacity: 1, strokeWidth: 2, fontWeight: 600, border: COLOR.gold },
  idle: { opacity: 1, strokeWidth: 1, fontWeight: 400, border: 'transparent' },
  dimmed: { opacity: 0.28, strokeWidth: 1, fontWeight: 400, border: 'transparent' },
};

/** Chart colours: categories in the book's order, dark enough that white decal lines and text read. */
export const CHART = {
  palette: [COLOR.red, COLOR.blue, COLOR.brown, COLOR.green, COLOR.purple],
  pass: COLOR.green,
  fail: COLOR.red,
  standard: COLOR.red,
  passZone: 'rgba(47, 107, 58, 0.08)',
  splitLine: COLOR.line,
  labelBackground: 'rgba(255, 255, 255, 0.85)',
} as const;

/**
 * Every chart is still: no entry animation, no transition on update. ECharts' series carry their
 * own defaults (a pie sweeps in for 1,000 ms and moves for 500 ms on every update), so a top-level
 * animationDuration of 0 does not reach them; `animation: false` does. While a pie swept in, its
 * marks under the pointer were not where they were drawn: a quick click on a label selected the
 * wrong fund or nothing. And an emphasis change is a restyle, not a motion worth the frames.
 */
export const CHART_MOTION = { animation: false } as const;

const kebab = (s: string) => s.replace(/[A-Z0-9]+/g, (m) => `-${m.toLowerCase()}`);

/** The custom properties: --red, --ink-2, --dimmed-ink, --font, --emphasis-dimmed-opacity… */
export function themeVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(COLOR)) vars[`--${kebab(k)}`] = v;
  vars['--font'] = FONT.family;
  for (const [emphasis, s] of Object.entries(EMPHASIS_STYLE)) {
    vars[`--emphasis-${emphasis}-opacity`] = String(s.opacity);
    vars[`--emphasis-${emphasis}-stroke`] = String(s.strokeWidth);
    vars[`--emphasis-${emphasis}-weight`] = String(s.fontWeight);
  }
  return vars;
}

export function themeCss(): string {
  const lines = Object.entries(themeVariables()).map(([k, v]) => `  ${k}: ${v};`);
  return `/* Generated from src/shared/theme.ts */\n:root {\n${lines.join('\n')}\n}\n`;
}
