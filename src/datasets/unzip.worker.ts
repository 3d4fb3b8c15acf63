// The zip reader's worker (unzipInWorker.ts starts it): the same readZip as on the page, off the main
// thread. The page's deadline terminates it; here it only has to stop at the size limit.
import { readZip, wantedEntry, type UnzipResult } from './unzip';

self.onmessage = async (e: MessageEvent<{ bytes: Uint8Array; maxBytes: number }>) => {
  const result: UnzipResult = await readZip(e.data.bytes, wantedEntry, { maxBytes: e.data.maxBytes, deadlineMs: Number.POSITIVE_INFINITY });
  (self as unknown as Worker).postMessage(result, result.ok ? result.files.map((f) => f.bytes.buffer as ArrayBuffer) : []);
};
