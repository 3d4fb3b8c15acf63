// A panel whose builder throws shows its own error message; the panel next to it keeps
// rendering, reporting ready and reacting to clicks and keys.
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphProvider } from '../../src/shared/GraphProvider';
import { PanelFrame, usePanelReady } from '../../src/shared/PanelFrame';
import { useEntityProps } from '../../src/shared/useEntity';
import { useAppStore } from '../../src/store/store';
import { ui } from '../../src/i18n/text';
import { realGraph } from '../helpers/data';

const graph = realGraph();
const ID = 'fund-special';

let failures = 0;
/** Stands for a panel's pure option builder that meets data it cannot handle. */
function buildBrokenOption(): object {
  if (failures > 0) {
    failures--;
    throw new Error('builder exploded: <img src=x onerror="window.__pwned=1">');
  }
  return { ok: true };
}

function BrokenBody() {
  const markReady = usePanelReady();
  const option = buildBrokenOption();
  useEffect(() => markReady(true), [markReady]);
  return <p data-testid="broken-ok">{JSON.stringify(option)}</p>;
}

function WorkingBody() {
  const markReady = usePanelReady();
  const props = useEntityProps(ID);
  useEffect(() => markReady(true), [markReady]);
  const label = graph.model.entities.get(ID)!.label.zh;
  return (
    <span {...props} aria-label={label}>
      {label}
    </span>
  );
}

function Page() {
  return (
    <GraphProvider graph={graph}>
      <PanelFrame name="broken" title="Broken">
        <BrokenBody />
      </PanelFrame>
      <PanelFrame name="working" title="Working">
        <WorkingBody />
      </PanelFrame>
    </GraphProvider>
  );
}

const panel = (name: string) => document.querySelector<HTMLElement>(`[data-panel="${name}"]`)!;

describe('a panel whose builder throws', () => {
  beforeEach(() => {
    // React and the boundary report the caught error on the console; keep the output clean.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    failures = 0;
  });

  it('shows its own error while the other panel renders, reports ready and stays interactive', () => {
    failures = 99;
    render(<Page />);
    const broken = panel('broken');
    const working = panel('working');

    const alert = within(broken).getByRole('alert');
    expect(alert).toHaveTextContent(ui('panelError', 'zh'));
    // The message is shown as text, never as markup.
    expect(alert.querySelector('pre')!.textContent).toBe('builder exploded: <img src=x onerror="window.__pwned=1">');
    expect(alert.querySelector('img')).toBeNull();
    expect(broken).toHaveAttribute('data-error', 'true');
    expect(broken).toHaveAttribute('data-ready', 'true');

    expect(within(working).queryByRole('alert')).toBeNull();
    expect(working).not.toHaveAttribute('data-error');
    expect(working).toHaveAttribute('data-ready', 'true');

    const entity = within(working).getByRole('button', { name: graph.model.entities.get(ID)!.label.zh });
    expect(entity).toHaveAttribute('data-emphasis', 'idle');
    fireEvent.click(entity);
    expect(useAppStore.getState().selectedId).toBe(ID);
    expect(entity).toHaveAttribute('data-emphasis', 'selected');
    expect(entity).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(entity, { key: 'Enter' });
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(entity).toHaveAttribute('data-emphasis', 'idle');

    // Its own header still works too: language switch re-labels the error without a reload.
    act(() => useAppStore.getState().setLang('en'));
    expect(within(panel('broken')).getByRole('alert')).toHaveTextContent(ui('panelError', 'en'));
  });

  it('retry re-renders the panel: it recovers when the builder succeeds, the neighbour untouched', () => {
    failures = 2; // React renders a failing component twice before giving up to the boundary
    render(<Page />);
    expect(within(panel('broken')).getByRole('alert')).toBeInTheDocument();
    fireEvent.click(within(panel('broken')).getByRole('button', { name: ui('retry', 'zh') }));
    expect(within(panel('broken')).queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('broken-ok')).toHaveTextContent('{"ok":true}');
    expect(panel('broken')).not.toHaveAttribute('data-error');
    expect(panel('working')).toHaveAttribute('data-ready', 'true');
  });
});
