// Work that must not delay the paint of what the user just did: run once after the next frame.
// requestAnimationFrame runs just before the browser paints; a task posted from it runs after.
// Scheduling again before it ran does nothing more (changes in one frame are one run).

export interface AfterNextPaint {
  schedule: () => void;
  cancel: () => void;
}

type FrameApi = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

export function afterNextPaint(run: () => void, win: FrameApi = window): AfterNextPaint {
  let frame = 0;
  let timer = 0;
  let pending = false;
  const fire = () => {
    timer = 0;
    pending = false;
    run();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        timer = win.setTimeout(fire, 0);
      });
    },
    cancel() {
      if (frame) win.cancelAnimationFrame(frame);
      if (timer) win.clearTimeout(timer);
      frame = 0;
      timer = 0;
      pending = false;
    },
  };
}
