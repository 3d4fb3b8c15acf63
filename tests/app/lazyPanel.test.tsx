// A lazily loaded panel: a chunk that fails to load shows that panel's own message and loads
// again on "reload this panel" (the one on-demand loader asks again after a failure); a panel
// that fails while drawing (outside PanelFrame's own boundary) says so, not "network".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { lazyPanel } from '../../src/app/lazyPanel';
import { useAppStore } from '../../src/store/store';

const TITLE = { zh: '资金投入', en: 'Funding' };

afterEach(() => {
  vi.restoreAllMocks();
  useAppStore.setState({ lang: 'zh' });
});

describe('lazyPanel', () => {
  it('shows a labelled loading state, then the message of a failed chunk, then the panel after a retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    const Panel = lazyPanel('funding', TITLE, async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/FundingPanel-x.js');
      return {
        default: () => (
          <section data-panel="funding" data-ready="true">
            drawn
          </section>
        ),
      };
    });
    useAppStore.setState({ lang: 'zh' });
    const { container } = render(<Panel />);
    const loading = container.querySelector('[data-panel="funding"]')!;
    expect(loading.getAttribute('data-ready')).toBe('false');
    expect(loading.textContent).toContain('资金投入');
    expect(loading.textContent).toContain('正在加载这个面板');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“资金投入”面板没有加载成功');
    const failed = container.querySelector('[data-panel="funding"]')!;
    expect(failed.getAttribute('data-error')).toBe('true');
    expect(failed.getAttribute('data-ready')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新加载这个面板' })));
    await screen.findByText('drawn');
    expect(attempts).toBe(2);
  });

  it('names a panel that failed while drawing, in English when the page is in English', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Panel = lazyPanel('funding', TITLE, async () => ({
      default: () => {
        throw new Error('funding: unknown unit "万亿元"');
      },
    }));
    useAppStore.setState({ lang: 'en' });
    render(<Panel />);
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert.getAttribute('data-failure')).toBe('render'));
    expect(alert.textContent).toContain('The “Funding” panel failed; the other panels keep working.');
  });
  it('draws a preloaded panel on its first render, and a failed preload is the first render’s failure (one import per attempt)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let imports = 0;
    const Ready = lazyPanel('precision', TITLE, async () => {
      imports++;
      return {
        default: () => (
          <section data-panel="precision" data-ready="true">
            drawn at once
          </section>
        ),
      };
    });
    await Ready.preload();
    const { container } = render(<Ready />);
    // No loading state in between: the module was here before the first render.
    expect(container.textContent).toBe('drawn at once');
    expect(imports).toBe(1);

    let attempts = 0;
    const Blocked = lazyPanel('policies', TITLE, async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Unable to preload CSS for /assets/policies-x.css');
      return {
        default: () => (
          <section data-panel="policies" data-ready="true">
            drawn
          </section>
        ),
      };
    });
    await expect(Blocked.preload()).rejects.toThrow(/Unable to preload CSS/);
    render(<Blocked />);
    await screen.findByRole('alert');
    expect(attempts).toBe(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新加载这个面板' })));
    await screen.findByText('drawn');
    expect(attempts).toBe(2);
  });
});
