// The exit panel names the county whose values it shows: Lankao only in Lankao's picture.
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { buildGraph, type EntityGraph } from '../../../src/core/graph';
import { loadModel, type RawDataset } from '../../../src/model/validate';
import ExitCriteriaPanel from '../../../src/features/exit-criteria/ExitCriteriaPanel';
import ExitCriteriaStage from '../../../src/features/exit-criteria/Stage';
import type { StageProps } from '../../../src/shared/StageKit';
import {
  assessedBy,
  assessedCriteria,
  buildExitCriteriaOption,
  exitChartDescription,
  exitChartName,
} from '../../../src/features/exit-criteria/exitCriteria';
import { GraphProvider } from '../../../src/shared/GraphProvider';
import { useAppStore } from '../../../src/store/store';
import { tr } from '../../../src/i18n/text';
import { countyTemplate } from '../../../scripts/new-county';
import { exampleCounty } from '../../fixtures/example-county/example';
import { fillTemplate } from '../../fixtures/filled-template';
import { DATA_DIR, realGraph } from '../../helpers/data';

const lankao = realGraph();
const example = buildGraph(loadModel(exampleCounty(DATA_DIR) as RawDataset));
const template = buildGraph(loadModel(fillTemplate(countyTemplate()) as unknown as RawDataset));

/** The companion table's column heads and the first row's cell labels, as rendered. */
function rendered(graph: EntityGraph, lang: 'zh' | 'en') {
  act(() => useAppStore.getState().setLang(lang));
  const r = render(
    <GraphProvider graph={graph}>
      <ExitCriteriaPanel />
    </GraphProvider>,
  );
  const table = r.container.querySelector('table.exit-criteria-table')!;
  const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  const cellLabels = [...table.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-label'));
  const caption = table.querySelector('caption')!.textContent;
  const figures = [...r.container.querySelectorAll('.exit-criteria-figure')].map((f) => f.textContent ?? '');
  r.unmount();
  return { heads, cellLabels, caption, figures };
}

describe('whose assessed values the exit panel shows', () => {
  it('Lankao in Lankao’s picture', () => {
    expect(assessedBy(lankao)).toEqual({ zh: '兰考', en: 'Lankao' });
    const zh = rendered(lankao, 'zh');
    expect(zh.heads[1]).toBe('兰考');
    expect(zh.cellLabels[0]).toBe('兰考');
    expect(zh.caption).toBe('兰考评估结果与退出标准');
    expect(rendered(lankao, 'en').heads[1]).toBe('Lankao');
  });

  it('another county’s own name in its picture (the fixture county and the new-county template), never Lankao', () => {
    for (const [graph, county] of [
      [example, '示例·兰考'], // the fixture marks every label: 示例·兰考县
      [template, tr(template.model.entities.get('county')!.label, 'zh')],
    ] as const) {
      expect(county).not.toBe('兰考');
      for (const lang of ['zh', 'en'] as const) {
        const name = tr(assessedBy(graph), lang);
        const shown = rendered(graph, lang);
        expect(shown.heads[1]).toBe(name);
        expect(shown.cellLabels[0]).toBe(name);
        expect(shown.caption).toContain(name);
        expect(shown.heads).not.toContain(lang === 'zh' ? '兰考' : 'Lankao');
        expect(shown.figures.filter((f) => f.includes(name)).length).toBeGreaterThan(0);
        expect(exitChartDescription(graph, assessedCriteria(graph), lang).startsWith(tr(exitChartName(graph), lang))).toBe(true);
        const tooltip = buildExitCriteriaOption(graph, { focusId: null, lang, width: 600 }).tooltip.formatter({
          data: { entity: 'crit-county-incidence' },
        });
        expect(tooltip).toContain(name);
      }
      expect(tr(assessedBy(graph), 'zh')).toBe(county);
    }
  });

  it('does not throw while a language’s words have not arrived (the built-in labels lack them until then)', () => {
    const partial = { model: { entities: new Map([['lankao-county', { label: { zh: '兰考县' } }]]) } } as unknown as EntityGraph;
    expect(assessedBy(partial)).toEqual({ zh: '兰考', en: undefined });
  });

  it('a picture with no place: “评估值” / “Assessed value”', () => {
    const raw = fillTemplate(countyTemplate()) as unknown as RawDataset;
    const overview = raw['overview.json'] as { entities: { id: string }[]; links: { from: string; to: string }[] };
    overview.entities = overview.entities.filter((e) => e.id !== 'county');
    overview.links = overview.links.filter((l) => l.from !== 'county' && l.to !== 'county');
    // Its quote goes with it (a translation nothing cites is an error).
    const translations = raw['quote-translations.json'] as { quotes: Record<string, unknown> };
    for (const q of Object.keys(translations.quotes)) if (q.includes('the county（中文）')) delete translations.quotes[q];
    const graph = buildGraph(loadModel(raw));
    expect(tr(assessedBy(graph), 'zh')).toBe('评估值');
    expect(rendered(graph, 'en').heads[1]).toBe('Assessed value');
  });

  it('the presentation’s slide names the same county above its values', () => {
    for (const graph of [lankao, example, template]) {
      for (const lang of ['zh', 'en'] as const) {
        act(() => useAppStore.getState().setLang(lang));
        const r = render(
          <GraphProvider graph={graph}>
            <ExitCriteriaStage step={{ panel: 'exit-criteria', entity: 'exit-county' } as StageProps['step']} selectedId="exit-county" />
          </GraphProvider>,
        );
        const heads = [...r.container.querySelectorAll('table.stage-criteria thead th')].map((th) => th.textContent);
        r.unmount();
        expect(heads[1]).toBe(tr(assessedBy(graph), lang));
      }
    }
    expect(tr(assessedBy(example), 'zh')).not.toBe('兰考');
  });
});
