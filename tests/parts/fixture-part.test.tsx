// Adding a part is its folder plus one line in the registry (DEVELOPERS.md, "Adding a part"). This
// registers a small fixture part (tests/fixtures/part: part.ts, forms.ts, Panel.tsx) the way that
// line does, with data of its own, and finds it on every surface that lists parts: the overview,
// the full-panel view, search's panel names and the presentation steps.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import fixture from '../fixtures/part/part';
import fixtureForms from '../fixtures/part/forms';
import { registerPart } from '../../src/app/partForms';
import { FullPanelCells, panelByName } from '../../src/app/FullPanels';
import { panels } from '../../src/app/panels';
import { PARTS } from '../../src/parts/registry';
import { buildGraph } from '../../src/core/graph';
import type { Entity } from '../../src/model/schema';
import type { Model } from '../../src/model/types';
import { GraphProvider } from '../../src/shared/GraphProvider';
import { Overview } from '../../src/features/overview';
import { Presentation, preloadPresentation } from '../../src/features/presentation';
import { createSearcher } from '../../src/features/search/engine';
import { panelName } from '../../src/features/search/panelOf';
import { startStepFor, stepState } from '../../src/features/presentation/steps';
import { parseUrlState } from '../../src/store/url';
import { VIEWS } from '../../src/store/views';
import { useAppStore } from '../../src/store/store';
import { realGraph } from '../helpers/data';

const entity = (id: string, zh: string, en: string): Entity => ({
  id,
  kind: 'place',
  label: { zh, en },
  confidence: 'verbatim',
  sources: [{ source: 'book-diagram' }],
});
const ITEMS = [entity('fixture-a', '试验甲地', 'Fixture place A'), entity('fixture-b', '试验乙地', 'Fixture place B')];

/** The built-in model plus the fixture part's data file and a presentation step that shows the part. */
function modelWithFixture(): Model {
  const real = realGraph().model;
  const section = { file: 'fixture.json', label: { zh: '试验', en: 'Fixture' } };
  const entities = new Map(real.entities);
  const sectionOf = new Map(real.sectionOf);
  for (const e of ITEMS) {
    entities.set(e.id, e);
    sectionOf.set(e.id, section);
  }
  return {
    ...real,
    entities,
    entityList: [...entities.values()],
    sections: [...real.sections, section],
    sectionOf,
    presentation: [...real.presentation, { panel: 'fixture', entity: 'fixture-a' }],
  } as Model;
}

const model = modelWithFixture();
const graph = buildGraph(model);
const fixtureStep = model.presentation.length - 1;

beforeAll(() => registerPart(fixture, fixtureForms));
afterEach(() => {
  cleanup();
  useAppStore.setState({ step: null, selectedId: null });
});

// Rendering the whole overview in jsdom takes seconds on a loaded machine.
describe('a part registered with one line', { timeout: 30_000 }, () => {
  it('is in the registry after the built-in parts, and is a view the URL may name', () => {
    expect(PARTS.at(-1)).toBe(fixture);
    expect(VIEWS).toContain('fixture');
    expect(parseUrlState('?view=fixture', { isKnownId: () => true, views: VIEWS }).view).toBe('fixture');
  });

  it('shows in the overview: its title, its items (selectable) and a jump to it', () => {
    render(
      <GraphProvider graph={graph}>
        <Overview />
      </GraphProvider>,
    );
    const part = document.querySelector<HTMLElement>('[data-part="fixture"]')!;
    expect(part).not.toBeNull();
    expect(within(part).getByRole('heading').textContent).toBe('试验部分');
    expect(part.querySelector('[data-entity="fixture-a"]')?.textContent).toBe('试验甲地');
    expect(part.querySelector('[data-entity="fixture-b"]')).not.toBeNull();
    expect(part.closest('.ov-col-right')).not.toBeNull();
    expect(screen.getAllByRole('button', { name: '试验部分' }).length).toBe(1);
  });

  it('has a full panel in the full-panel view, loaded from its forms', async () => {
    expect(panels().map((p) => p.name)).toEqual(PARTS.map((p) => p.name));
    render(
      <GraphProvider graph={graph}>
        <FullPanelCells view="fixture" lang="zh" />
      </GraphProvider>,
    );
    await waitFor(() => expect(document.querySelector('[data-panel="fixture"][data-ready="true"]')).not.toBeNull(), { timeout: 5000 });
    const panel = document.querySelector<HTMLElement>('[data-panel="fixture"]')!;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('试验部分');
    expect(panel.querySelector('[data-entity="fixture-b"]')?.textContent).toBe('试验乙地');
    // Only the part the view names.
    expect(document.querySelectorAll('[data-panel]').length).toBe(1);
  });

  it('is the panel search names for its entities', async () => {
    const find = await createSearcher(model);
    const hit = find('试验乙地').hits[0]!;
    expect(hit.id).toBe('fixture-b');
    expect(hit.panel).toBe('fixture');
    expect(panelName(hit.panel)).toEqual(fixture.title);
  });

  it('is a presentation step: the step opens its view, "present from here" finds it, the stage shows its part', async () => {
    expect(stepState(model, fixtureStep, VIEWS)).toEqual({ step: fixtureStep, view: 'fixture', selectedId: 'fixture-a' });
    expect(startStepFor(model, 'fixture-b')).toBe(fixtureStep);
    useAppStore.setState({ step: fixtureStep, selectedId: 'fixture-a' });
    await preloadPresentation(); // the stage's own chunk
    render(
      <GraphProvider graph={graph}>
        <Presentation renderPanel={panelByName} />
      </GraphProvider>,
    );
    const stage = document.querySelector<HTMLElement>('[data-presented="fixture"]')!;
    expect(stage).not.toBeNull();
    expect(stage.querySelector('[data-part="fixture"] [data-entity="fixture-a"]')).not.toBeNull();
  });
});
