// useStoreAfterPaint: the slower parts of the page (the charts, the details) hear of a change one
// frame after it, so the click's own paint carries only its emphasis.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStore, useAppStore, type AppState } from '../../src/store/store';
import { useStoreAfterPaint } from '../../src/shared/useStoreAfterPaint';

const selectedOf = (s: AppState) => s.selectedId;
let renders = 0;
let shown: Array<string | null> = [];

function Shows() {
  renders++;
  const value = useStoreAfterPaint(selectedOf);
  if (shown[shown.length - 1] !== value) shown.push(value);
  return <output>{value ?? 'none'}</output>;
}

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
  renders = 0;
  shown = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useStoreAfterPaint', () => {
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

  it('ignores changes to other parts of the store', () => {
    render(<Shows />);
    const before = renders;
    act(() => useAppStore.getState().hover('fund-total'));
    paintThenTask();
    expect(renders).toBe(before);
  });

  it('stops listening when unmounted: a change after it schedules nothing', () => {
    const { unmount } = render(<Shows />);
    act(() => useAppStore.getState().select('fund-total'));
    unmount();
    paintThenTask();
    act(() => useAppStore.getState().select('fund-special'));
    expect(vi.getTimerCount()).toBe(0);
  });
});
