// Component behaviour in jsdom (no layout engine: sizes fall back, zoom is not exercised here —
// the real-browser test covers pan/zoom and real clicks).
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import CampaignMapPanel from '../../../src/features/campaign-map/CampaignMapPanel';
import { GraphProvider } from '../../../src/shared/GraphProvider';
import { buildGraph } from '../../../src/core/graph';
import { loadModel } from '../../../src/model/validate';
import { builtInDataset } from '../../../src/model/builtInDataset';
import { useAppStore } from '../../../src/store/store';

const graph = buildGraph(loadModel(builtInDataset()));
const CAMPAIGN = graph.model.entityList.filter((e) => e.kind === 'campaign-node').map((e) => e.id);

function renderPanel() {
  const r = render(
    <GraphProvider graph={graph}>
      <CampaignMapPanel />
    </GraphProvider>,
  );
  const panel = r.container.querySelector('[data-panel="campaign-map"]')!;
  const node = (id: string) => panel.querySelector<SVGGElement>(`[data-entity="${id}"]`);
  const shown = () => [...panel.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity'));
  return { ...r, panel, node, shown };
}

describe('CampaignMapPanel', () => {
  it('reports ready and starts open to level 2 (root, five branches, their sub-branches)', () => {
    const { panel, shown, node } = renderPanel();
    expect(panel).toHaveAttribute('data-ready', 'true');
    expect(shown()).toContain('cm-reform-models');
    expect(shown()).not.toContain('cm-reform-models-finance');
    expect(node('cm-root')).toHaveAttribute('tabindex', '0');
    expect(node('cm-root')).toHaveAttribute('aria-expanded', 'true');
    expect(node('cm-reform-models')).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens and closes a branch with its toggle', () => {
    const { panel, shown } = renderPanel();
    const toggle = panel.querySelector('[data-toggle="cm-reform-models"]')!;
    fireEvent.click(toggle);
    expect(shown()).toEqual(expect.arrayContaining(['cm-reform-models-finance', 'cm-reform-models-education', 'cm-reform-models-health']));
    fireEvent.click(panel.querySelector('[data-toggle="cm-reform-models"]')!);
    expect(shown()).not.toContain('cm-reform-models-finance');
  });

  it('"open all" draws every campaign node; "level 1" only the branches', () => {
    const { panel, shown } = renderPanel();
    fireEvent.click(panel.querySelector('[data-action="open-all"]')!);
    expect(shown().sort()).toEqual([...CAMPAIGN].sort());
    expect(panel.querySelector('.campaign-map-count')).toHaveAttribute('data-shown', String(CAMPAIGN.length));
    fireEvent.click(panel.querySelector('[data-action="open-level-1"]')!);
    expect(shown()).toEqual(['cm-root', 'cm-party', 'cm-reform', 'cm-stable', 'cm-abilities', 'cm-links']);
  });

  it('shows the ※ mark and the printed text of a reconstructed reading', () => {
    const { node } = renderPanel();
    act(() => useAppStore.getState().select('cm-stable-mainline-theme'));
    const el = node('cm-stable-mainline-theme')!;
    expect(el.getAttribute('aria-label')).toMatch(/※$/);
    expect(el.querySelector('text')!.textContent).toContain('※');
    expect(el.querySelector('title')!.textContent).toContain('以脱贫攻坚促发展\n全局为主线');
  });

  it('opens the path to a node selected elsewhere, and marks it selected and its ancestors related', () => {
    const { node } = renderPanel();
    expect(node('cm-links-fifth-toilets')).toBeNull();
    act(() => useAppStore.getState().select('cm-links-fifth-toilets'));
    expect(node('cm-links-fifth-toilets')).toHaveAttribute('data-emphasis', 'selected');
    expect(node('cm-links-fifth')).toHaveAttribute('data-emphasis', 'related');
    expect(node('cm-root')).toHaveAttribute('data-emphasis', 'related');
    expect(node('cm-party')).toHaveAttribute('data-emphasis', 'dimmed');
  });

  it('moves with the arrow keys and selects with Enter', () => {
    const { node } = renderPanel();
    node('cm-root')!.focus();
    fireEvent.keyDown(node('cm-root')!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-entity')).toBe('cm-party');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-entity')).toBe('cm-reform');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-entity')).toBe('cm-reform-motivation');
    // A closed branch opens on ArrowRight, keeping focus; ArrowLeft closes it again.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(node('cm-reform-motivation-leaders')).not.toBeNull();
    expect(document.activeElement?.getAttribute('data-entity')).toBe('cm-reform-motivation');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(node('cm-reform-motivation-leaders')).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(useAppStore.getState().selectedId).toBe('cm-reform-motivation');
  });

  it('focuses one branch and returns to the whole map', () => {
    const { panel, node, shown } = renderPanel();
    fireEvent.focus(node('cm-stable')!);
    const focusBtn = panel.querySelector<HTMLButtonElement>('[data-action="focus-branch"]')!;
    expect(focusBtn.disabled).toBe(false);
    expect(focusBtn.getAttribute('aria-label')).toContain('稳定脱贫有效衔接乡村振兴');
    fireEvent.click(focusBtn);
    expect(shown()[0]).toBe('cm-stable');
    expect(shown()).not.toContain('cm-root');
    expect(shown()).not.toContain('cm-party');
    expect(screen.getByRole('navigation', { name: '当前分支' })).toHaveTextContent('脱贫攻坚图');
    fireEvent.click(panel.querySelector('[data-action="whole-map"]')!);
    expect(shown()).toContain('cm-root');
    expect(shown()).toContain('cm-party');
  });

  it('follows the language setting without remounting', () => {
    const { node } = renderPanel();
    act(() => useAppStore.getState().setLang('en'));
    expect(node('cm-party')!.getAttribute('aria-label')).toBe('Strengthen Party building to drive the exit');
    act(() => useAppStore.getState().setLang('both'));
    const tspans = [...node('cm-party')!.querySelectorAll('tspan')];
    expect(tspans[0]!.textContent).toBe('抓好党建促脱贫');
    expect(
      tspans
        .slice(1)
        .map((t) => t.textContent)
        .join(' '),
    ).toBe('Strengthen Party building to drive the exit');
  });
});
