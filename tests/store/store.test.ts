import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store/store';
import { applyUrl, startUrlSync } from '../../src/store/urlSync';

/** After every microtask of the current task (where the URL sync writes a replace). */
const endOfTask = () => new Promise((r) => setTimeout(r, 0));

const ctx = { isKnownId: (id: string) => id === 'fund-total' || id === 'cm-root', views: ['all', 'funding'] };
/** A page whose language, when the URL names none, is Chinese (a Chinese browser, or Chinese remembered). */
const zhCtx = { ...ctx, defaultLang: 'zh' as const };

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
  it('restores state from the URL and writes changes back', async () => {
    window.history.replaceState(null, '', '/?sel=fund-total&lang=en&junk=1');
    const stop = startUrlSync(zhCtx);
    expect(useAppStore.getState()).toMatchObject({ selectedId: 'fund-total', lang: 'en' });
    useAppStore.getState().select('cm-root');
    await endOfTask();
    expect(window.location.search).toBe('?sel=cm-root&lang=en&junk=1');
    useAppStore.getState().select(null);
    useAppStore.getState().setLang('zh');
    await endOfTask();
    expect(window.location.search).toBe('?junk=1');
    stop();
  });

  it('keeps a chosen Chinese in the address bar where the browser asks for English (a reload stays Chinese)', async () => {
    localStorage.removeItem('lankao-lang');
    expect(navigator.languages[0]).toMatch(/^en/); // jsdom's browser asks for English
    // Opened with ?lang=zh: the address keeps it (it used to drop it, and a reload came back in English).
    window.history.replaceState(null, '', '/?lang=zh');
    let stop = startUrlSync(ctx);
    expect(useAppStore.getState().lang).toBe('zh');
    expect(window.location.search).toBe('?lang=zh');
    stop();
    // Opened plain, then switched to Chinese.
    window.history.replaceState(null, '', '/');
    stop = startUrlSync(ctx);
    expect(useAppStore.getState().lang).toBe('en');
    useAppStore.getState().setLang('zh');
    await endOfTask();
    expect(window.location.search).toBe('?lang=zh');
    stop();
    localStorage.removeItem('lankao-lang');
  });

  it("writes a selection after the task's other microtasks (a click's render), once for changes made together", async () => {
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(zhCtx);
    const replace = vi.spyOn(window.history, 'replaceState');
    const seenByRender: string[] = [];
    useAppStore.getState().select('fund-total');
    // Queued after the store's listeners ran, as React queues its commit of a click.
    queueMicrotask(() => seenByRender.push(window.location.search));
    useAppStore.getState().select('cm-root');
    expect(window.location.search).toBe('');
    await endOfTask();
    expect(seenByRender).toEqual(['']);
    expect(window.location.search).toBe('?sel=cm-root');
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
    stop();
  });

  it('pushes an entry when a selection opens a sheet (a phone), replaces while it is open, and Back closes it', async () => {
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(zhCtx, window, { selectionOpensSheet: () => true });
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().select('fund-total');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?sel=fund-total');
    useAppStore.getState().select('cm-root');
    await endOfTask();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?sel=cm-root');
    // Back: the entry before the sheet, and the selection goes with it (a change of view's Back keeps it).
    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    expect(useAppStore.getState().selectedId).toBeNull();
    push.mockRestore();
    stop();
  });

  it('pushes no entry for a selection where it opens no sheet (a laptop)', () => {
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(zhCtx, window, { selectionOpensSheet: () => false });
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().select('fund-total');
    expect(push).not.toHaveBeenCalled();
    push.mockRestore();
    stop();
  });

  it('pushes a change of view at once, after the replace still pending', () => {
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(zhCtx);
    const calls: string[] = [];
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementation((_s, _t, url) => void calls.push(`replace ${String(url)}`));
    const push = vi.spyOn(window.history, 'pushState').mockImplementation((_s, _t, url) => void calls.push(`push ${String(url)}`));
    useAppStore.getState().select('cm-root');
    useAppStore.getState().setView('all');
    // The entry left behind keeps the selection made before the view changed (Back returns to it).
    expect(calls).toEqual(['replace /?sel=cm-root', 'push /?sel=cm-root&view=all']);
    replace.mockRestore();
    push.mockRestore();
    stop();
  });

  it('removes an invalid selection from the address bar at start', () => {
    window.history.replaceState(null, '', '/?sel=%3Cscript%3E&lang=xx');
    const stop = startUrlSync(zhCtx);
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
