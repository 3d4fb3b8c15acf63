import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/store';
import { applyUrl, startUrlSync } from '../../src/store/urlSync';

const ctx = { isKnownId: (id: string) => id === 'fund-total' || id === 'cm-root', views: ['all', 'funding'] };

describe('store', () => {
  it('toggles a selection and clears the hover preview on commit', () => {
    const s = useAppStore.getState();
    s.hover('cm-root');
    s.toggle('fund-total');
    expect(useAppStore.getState()).toMatchObject({ selectedId: 'fund-total', hoveredId: null });
    useAppStore.getState().toggle('fund-total');
    expect(useAppStore.getState().selectedId).toBeNull();
  });

  it('starts clean in every test (reset between tests)', () => {
    expect(useAppStore.getState()).toMatchObject({ selectedId: null, hoveredId: null, lang: 'zh', view: 'overview', step: null });
  });
});

describe('URL sync', () => {
  it('restores state from the URL and writes changes back', () => {
    window.history.replaceState(null, '', '/?sel=fund-total&lang=en&junk=1');
    const stop = startUrlSync(ctx);
    expect(useAppStore.getState()).toMatchObject({ selectedId: 'fund-total', lang: 'en' });
    useAppStore.getState().select('cm-root');
    expect(window.location.search).toBe('?sel=cm-root&lang=en&junk=1');
    useAppStore.getState().select(null);
    useAppStore.getState().setLang('zh');
    expect(window.location.search).toBe('?junk=1');
    stop();
  });

  it('removes an invalid selection from the address bar at start', () => {
    window.history.replaceState(null, '', '/?sel=%3Cscript%3E&lang=xx');
    const stop = startUrlSync(ctx);
    expect(useAppStore.getState().selectedId).toBeNull();
    expect(window.location.search).toBe('');
    stop();
  });

  it('follows back/forward', () => {
    applyUrl('?sel=cm-root', ctx);
    expect(useAppStore.getState().selectedId).toBe('cm-root');
  });
});
