// afterPaintValue: the slower parts of the page (the charts, the details and the phone's sheet) hear
// of a change one frame after it, all in the same task, so the click's own paint carries only its
// emphasis and the sheet opens in the commit that fills it.
import { Profiler } from 'react';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useAppStore, type AppState } from '../../src/store/store';
import { afterPaintValue, useAfterPaint } from '../../src/shared/useAfterPaint';

let shown: Array<string | null> = [];
let commits: string[] = [];

/** The task a frame posts (setTimeout 0; the fake clock runs a 0 ms timer set during a tick 1 ms later). */
function nextTask() {
  act(() => vi.advanceTimersByTime(1));
}
/** One frame (requestAnimationFrame), then the task it posts. */
function paintThenTask() {
  act(() => vi.advanceTimersToNextFrame());
  nextTask();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  resetStore();
  shown = [];
  commits = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterPaintValue without a rest (the selection)', () => {
  const selection = afterPaintValue((s: AppState) => s.selectedId);
  function Shows({ name = 'a' }: { name?: string }) {
    const value = useAfterPaint(selection);
    if (name === 'a' && shown[shown.length - 1] !== value) shown.push(value);
    commits.push(`${name}:${value}`);
    return <output>{value ?? 'none'}</output>;
  }

  it('starts with the store value, so a page that opens on a selection shows it at once', () => {
    act(() => useAppStore.getState().select('fund-total'));
    const { container } = render(<Shows />);
    expect(container.textContent).toBe('fund-total');
  });

  it('keeps the old value through the frame of the change and takes the new one after it', () => {
    const { container } = render(<Shows />);
    act(() => useAppStore.getState().select('fund-total'));
    expect(container.textContent).toBe('none');
    act(() => vi.advanceTimersByTime(0)); // a task before the frame: still the old value
    expect(container.textContent).toBe('none');
    act(() => vi.advanceTimersToNextFrame());
    expect(container.textContent).toBe('none');
    nextTask();
    expect(container.textContent).toBe('fund-total');
  });

  it('answers several changes in one frame once, with the last value', () => {
    const { container } = render(<Shows />);
    act(() => {
      useAppStore.getState().select('fund-total');
      useAppStore.getState().select('fund-special');
      useAppStore.getState().select(null);
      useAppStore.getState().select('fund-social');
    });
    paintThenTask();
    expect(container.textContent).toBe('fund-social');
    expect(shown).toEqual([null, 'fund-social']); // never the values in between
    expect(vi.getTimerCount()).toBe(0);
  });

  it('tells every reader in the same commit (the sheet opens with its details)', () => {
    let reactCommits = 0;
    render(
      <Profiler id="readers" onRender={() => reactCommits++}>
        <Shows name="a" />
        <Shows name="b" />
      </Profiler>,
    );
    commits = [];
    reactCommits = 0;
    act(() => useAppStore.getState().select('fund-total'));
    paintThenTask();
    expect(commits.sort()).toEqual(['a:fund-total', 'b:fund-total']);
    expect(reactCommits).toBe(1);
  });

  it('ignores changes to other parts of the store', () => {
    render(<Shows />);
    commits = [];
    act(() => useAppStore.getState().hover('fund-total'));
    paintThenTask();
    expect(commits).toEqual([]);
  });

  it('stops watching the store when the last reader unmounts, and reads it fresh after', () => {
    const { unmount } = render(<Shows />);
    unmount();
    act(() => useAppStore.getState().select('fund-special'));
    expect(vi.getTimerCount()).toBe(0);
    expect(selection.get()).toBe('fund-special');
  });
});

describe('afterPaintValue with a rest (the charts and a passing hover)', () => {
  const focus = afterPaintValue(
    (s: AppState) => s.hoveredId ?? s.selectedId,
    (s, prev) => (s.selectedId === prev.selectedId ? 120 : 0),
  );
  function ShowsFocus() {
    const value = useAfterPaint(focus);
    if (shown[shown.length - 1] !== value) shown.push(value);
    return <output>{value ?? 'none'}</output>;
  }

  it('follows a hover only once it has rested, then after the next paint', () => {
    const { container } = render(<ShowsFocus />);
    act(() => useAppStore.getState().hover('fund-total'));
    paintThenTask();
    act(() => vi.advanceTimersByTime(100));
    expect(container.textContent).toBe('none');
    act(() => vi.advanceTimersByTime(20)); // rested at 120 ms, then a frame and its task
    expect(container.textContent).toBe('fund-total');
  });

  it('never shows the items a sweep only passed over', () => {
    const { container } = render(<ShowsFocus />);
    for (const id of ['fund-total', 'fund-special', 'fund-sector', 'fund-social']) {
      act(() => useAppStore.getState().hover(id));
      act(() => vi.advanceTimersByTime(40));
      paintThenTask();
    }
    act(() => useAppStore.getState().hover(null));
    act(() => vi.advanceTimersByTime(200));
    paintThenTask();
    expect(container.textContent).toBe('none');
    expect(shown).toEqual([null]);
  });

  it('a click that follows a hover at once goes after the next paint, without the rest', () => {
    const { container } = render(<ShowsFocus />);
    act(() => useAppStore.getState().hover('fund-special'));
    act(() => useAppStore.getState().select('fund-special'));
    paintThenTask();
    expect(container.textContent).toBe('fund-special');
    act(() => vi.advanceTimersByTime(500));
    paintThenTask();
    expect(shown).toEqual([null, 'fund-special']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
