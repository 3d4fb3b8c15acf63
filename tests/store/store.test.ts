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

describe('presentation and Escape actions', () => {
  it('shows a step with its panel and selection, and Escape leaves the presentation', () => {
    const s = useAppStore.getState();
    s.hover('fund-total');
    s.showStep({ step: 2, view: 'funding', selectedId: 'fund-social' });
    expect(useAppStore.getState()).toMatchObject({ step: 2, view: 'funding', selectedId: 'fund-social', hoveredId: null });
    useAppStore.getState().toggleBlackScreen();
    useAppStore.getState().escape();
    expect(useAppStore.getState()).toMatchObject({ step: 2, blackScreen: false });
    useAppStore.getState().escape();
    expect(useAppStore.getState()).toMatchObject({ step: null, view: 'overview', selectedId: 'fund-social' });
  });

  it('Escape outside a presentation clears the selection and the hover, and keeps the view', () => {
    useAppStore.getState().setView('funding');
    useAppStore.getState().select('fund-social');
    useAppStore.getState().hover('fund-total');
    useAppStore.getState().escape();
    expect(useAppStore.getState()).toMatchObject({ selectedId: null, hoveredId: null, view: 'funding', step: null });
  });
});
