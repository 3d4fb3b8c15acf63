// Each part's figure for a paper (issue 23): composed from the data, in the current view and unit,
// titled with the county, the subject and the period, with no form control in it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers/data';
import { campaignPeriod, figureTitle, yearSpan, type FigureView, type PartFigure } from '../../src/shared/figure';
import { formsOf } from '../../src/app/partForms';
import { PARTS } from '../../src/parts/registry';

const graph = realGraph();
const view: FigureView = { unit: 'yi', fundView: 'share' };
const parts = PARTS.filter((p) => formsOf(p.name)?.figure).map((p) => p.name);
const load = async (part: string): Promise<PartFigure> => (await formsOf(part)!.figure!()).default as PartFigure;
// FIGURE_OUT=/tmp/dir writes every figure there, to look at.
const outDir = process.env.FIGURE_OUT;

const CONTROLS = /<(button|input|select|textarea|foreignObject|form|iframe|script)\b/i;

describe('figures', () => {
  it('has a figure for every part of the picture', () => {
    expect(parts.sort()).toEqual(['campaign-map', 'exit-criteria', 'four-focuses', 'funding', 'leadership', 'policies', 'precision', 'timeline']);
  });

  for (const part of ['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline']) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${part} (${lang}): well-formed SVG with a title naming county and period, no controls`, async () => {
        const fig = (await load(part))({ graph, lang, view });
        const doc = new DOMParser().parseFromString(fig.svg, 'image/svg+xml');
        expect(doc.querySelector('parsererror')).toBeNull();
        expect(CONTROLS.test(fig.svg)).toBe(false);
        expect(fig.title).toContain(lang === 'zh' ? '兰考县' : 'Lankao County');
        expect(fig.title).toMatch(/\d{4}/);
        // Wrapped lines drop the space they break at.
        const noSpace = (t: string | null | undefined) => (t ?? '').replace(/\s/g, '');
        expect(noSpace(doc.querySelector('[data-role="title"]')?.textContent)).toBe(noSpace(fig.title));
        expect(doc.querySelector('[data-role="source"]')?.textContent).toMatch(lang === 'zh' ? /^资料来源：/ : /^Source: /);
        expect(doc.querySelector('[data-role="chart"]')?.childElementCount).toBeGreaterThan(0);
        if (outDir) {
          fs.mkdirSync(outDir, { recursive: true });
          fs.writeFileSync(path.join(outDir, `${fig.fileName}.svg`), fig.svg);
        }
      });
    }
  }
});

describe('funding figure', () => {
  it('is titled with the period of the funding figures', async () => {
    const fig = (await load('funding'))({ graph, lang: 'zh', view });
    expect(fig.title).toBe('兰考县扶贫资金投入（2014–2016年）');
  });

  it('follows the view and unit', async () => {
    const f = await load('funding');
    const share = f({ graph, lang: 'en', view: { unit: 'yi', fundView: 'share' } }).svg;
    const compareWan = f({ graph, lang: 'en', view: { unit: 'wan', fundView: 'compare' } }).svg;
    const per = f({ graph, lang: 'zh', view: { unit: 'per', fundView: 'compare' } }).svg;
    expect(share).toContain('Share of the total');
    expect(share).toContain('415 million yuan');
    expect(compareWan).toContain('side by side');
    expect(compareWan).toContain('415,000,000 yuan');
    expect(compareWan).not.toContain('million yuan');
    expect(per).toContain('元/人次');
    expect(per).toContain('人次：一人每享受一项帮扶计一次');
  });

  it('emphasises the focus', async () => {
    const f = await load('funding');
    const plain = f({ graph, lang: 'zh', view: { unit: 'yi', fundView: 'compare' } }).svg;
    const focused = f({ graph, lang: 'zh', view: { unit: 'yi', fundView: 'compare', focusId: 'fund-special' } }).svg;
    expect(focused).not.toBe(plain);
    expect(focused).toContain('stroke-width="3"');
  });
});

describe('campaign map figure', () => {
  it('draws the level or the open branches it is given', async () => {
    const f = await load('campaign-map');
    const count = (svg: string) => (svg.match(/<rect /g) ?? []).length;
    const one = f({ graph, lang: 'zh', view: { ...view, map: { level: 1 } } }).svg;
    const two = f({ graph, lang: 'zh', view: { ...view, map: { level: 2 } } }).svg;
    const all = f({ graph, lang: 'zh', view: { ...view, map: { level: 'all' } } }).svg;
    expect(count(one)).toBeLessThan(count(two));
    expect(count(two)).toBeLessThan(count(all));
    const rootOnly = f({ graph, lang: 'zh', view: { ...view, map: { root: 'cm-root', expanded: [] } } }).svg;
    expect(count(rootOnly)).toBeLessThan(count(one));
  });
});

describe('titles and periods', () => {
  it('reads periods from the data', () => {
    expect(yearSpan(['2014–2016', 'unstated', '2016-12'])).toBe('2014–2016');
    expect(yearSpan(['unstated'])).toBeNull();
    expect(campaignPeriod(graph)).toBe('2014–2017');
    expect(figureTitle('兰考县', '扶贫资金投入', '2014–2016', 'zh')).toBe('兰考县扶贫资金投入（2014–2016年）');
    expect(figureTitle('Lankao County', 'Funding', null, 'en')).toBe('Funding, Lankao County');
  });
});
