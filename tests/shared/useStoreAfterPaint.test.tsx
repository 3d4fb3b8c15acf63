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

const focusOfState = (s: AppState) => s.hoveredId ?? s.selectedId;
const restOnHover = (s: AppState, prev: AppState) => (s.selectedId === prev.selectedId ? 120 : 0);
let focusShown: Array<string | null> = [];

function ShowsFocus() {
  const value = useStoreAfterPaint(focusOfState, restOnHover);
  if (focusShown[focusShown.length - 1] !== value) focusShown.push(value);
  return <output>{value ?? 'none'}</output>;
}

describe('useStoreAfterPaint with a rest (the charts and a passing hover)', () => {
  beforeEach(() => {
    focusShown = [];
  });

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
    expect(focusShown).toEqual([null]);
  });

  it('a click that follows a hover at once goes after the next paint, without the rest', () => {
    const { container } = render(<ShowsFocus />);
    act(() => useAppStore.getState().hover('fund-special'));
    act(() => useAppStore.getState().select('fund-special'));
    paintThenTask();
    expect(container.textContent).toBe('fund-special');
    act(() => vi.advanceTimersByTime(500));
    paintThenTask();
    expect(focusShown).toEqual([null, 'fund-special']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
