// Reads a zip in a worker of its own (unzip.worker.ts), so the page keeps painting and answering
// while it inflates; the deadline terminates the worker, whatever it is doing. A bundled worker file
// is allowed by the page's CSP (worker-src falls back to script-src 'self'). Resolves null where the
// worker cannot start or its file does not arrive: the caller then reads the zip on the page, in slices.
import type { UnzipResult, ZipLimits } from './unzip';

export function unzipInWorker(bytes: Uint8Array, limits: ZipLimits): Promise<UnzipResult | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  const started = Date.now();
  return new Promise((resolve) => {
    const done = (result: UnzipResult | null) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done({ ok: false, kind: 'too-slow', ms: Date.now() - started }), limits.deadlineMs);
    worker.onmessage = (e: MessageEvent<UnzipResult>) => done(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      done(null);
    };
    // A copy (not a transfer): the bytes are still here if the page has to read them itself.
    worker.postMessage({ bytes, maxBytes: limits.maxBytes });
  });
}
