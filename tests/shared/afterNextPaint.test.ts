import { describe, expect, it } from 'vitest';
import { afterNextPaint } from '../../src/shared/afterNextPaint';

/** A browser's frame loop by hand: frames run when `frame()` is called, tasks when `tasks()` is. */
function fakeWindow() {
  let frames: Array<[number, () => void]> = [];
  let timers: Array<[number, () => void]> = [];
  let next = 1;
  return {
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.push([next, () => cb(0)]), next++),
    cancelAnimationFrame: (id: number) => void (frames = frames.filter(([i]) => i !== id)),
    setTimeout: ((cb: () => void) => (timers.push([next, cb]), next++)) as unknown as Window['setTimeout'],
    clearTimeout: ((id: number) => void (timers = timers.filter(([i]) => i !== id))) as Window['clearTimeout'],
    frame() {
      const run = frames;
      frames = [];
      run.forEach(([, cb]) => cb());
    },
    tasks() {
      const run = timers;
      timers = [];
      run.forEach(([, cb]) => cb());
    },
  };
}

describe('afterNextPaint', () => {
  it('runs after the next frame, not before it and not in it', () => {
    const win = fakeWindow();
    const runs: string[] = [];
    const later = afterNextPaint(() => runs.push('run'), win);
    later.schedule();
    win.tasks(); // a task before the frame (where React's scheduler would render)
    expect(runs).toEqual([]);
    win.frame();
    expect(runs).toEqual([]);
    win.tasks();
    expect(runs).toEqual(['run']);
  });

  it('runs once for every change scheduled before it ran, and again for a later one', () => {
    const win = fakeWindow();
    let n = 0;
    const later = afterNextPaint(() => n++, win);
    later.schedule();
    later.schedule();
    win.frame();
    later.schedule();
    win.tasks();
    expect(n).toBe(1);
    later.schedule();
    win.frame();
    win.tasks();
    expect(n).toBe(2);
  });

  it('does not run once cancelled', () => {
    const win = fakeWindow();
    let n = 0;
    const later = afterNextPaint(() => n++, win);
    later.schedule();
    win.frame();
    later.cancel();
    win.tasks();
    expect(n).toBe(0);
  });
});
