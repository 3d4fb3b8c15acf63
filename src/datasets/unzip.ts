// Reads the .json files of a .zip without trusting what the zip says about itself (issue 25).
//
// The zip's central directory gives each entry's name, method and place; the sizes it declares are
// never used to decide how much to inflate. Each entry is inflated with fflate's synchronous
// streaming `Inflate`, a few KB of compressed input at a time, counting the bytes that really come
// out: the moment the total passes the limit it stops, whatever the header said (a 1 MB zip that
// declares 100 bytes and would inflate to 1 GB stops after the limit's worth). Between slices it
// hands the main thread back to the browser (at most ~8 ms of work at a time), so the page keeps
// painting and answering while a zip is read, and a deadline ends a read that takes too long.
//
// Where it runs: in a worker of its own (unzipInWorker.ts: a bundled file, allowed by the CSP's
// script-src 'self', which worker-src falls back to), so the page never stops painting; fflate's own
// async API started its workers from `blob:` URLs, which the CSP refuses — the violation left the
// page waiting for ever. The single-file build (one HTML file, opened from file://) can hold no
// worker file (an inlined one is a blob: or data: URL again, and file:// pages may not start workers),
// so there, or wherever the worker cannot start, this same code runs on the page in slices: the most
// one slice can inflate is bounded (256 bytes in, at most ~260 KB out at DEFLATE's 1032:1 ratio).
import { Inflate } from 'fflate';
import type { DataFile } from './types';

export interface ZipLimits {
  /** The most inflated bytes of every entry together. */
  maxBytes: number;
  /** The most wall-clock time reading may take, in ms. */
  deadlineMs: number;
}

const isHidden = (p: string) => p.split('/').some((seg) => seg.startsWith('.') || seg === '__MACOSX');

/** The entries a data folder's zip is read for: .json files, not hidden ones (macOS adds `__MACOSX/._x.json`). */
export const wantedEntry = (name: string): boolean => /\.json$/i.test(name) && !isHidden(name);

export type UnzipResult =
  | { ok: true; files: DataFile[] }
  | { ok: false; kind: 'too-big'; inflated: number; declared: number }
  | { ok: false; kind: 'too-slow'; ms: number }
  | { ok: false; kind: 'unsafe-names'; names: string[] }
  /** `message`: one "found …; expected …" sentence (model/problemText.ts says it in Chinese); `entry`: the entry it is about. */
  | { ok: false; kind: 'damaged'; message: string; entry?: string };

/** Compressed bytes per slice given to the inflater. */
const SLICE = 256;
/** Work between two hand-backs to the browser, in ms. */
const BUDGET_MS = 8;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Hands the main thread back to the browser (a paint, input) and resumes as soon as it can. */
export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A name that is absolute or climbs out of the zip's folder ("../x.json", "/etc/x.json", "a/../../x.json", "C:\x.json"). */
export function leavesFolder(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return true;
  let depth = 0;
  for (const seg of n.split('/')) {
    if (seg === '..') depth--;
    else if (seg !== '' && seg !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

function centralDirectory(b: Uint8Array): Entry[] | string {
  // The end record is within the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'found no zip directory at its end (not a zip, or cut short); expected a readable .zip file';
  const count = u16(b, end + 10);
  const offset = u32(b, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'found a ZIP64 archive; expected an ordinary zip (under 4 GB)';
  const entries: Entry[] = [];
  let at = offset;
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL)
      return `found a damaged zip directory (entry ${k + 1} of ${count}); expected a readable .zip file`;
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (next > b.length) return `found a damaged zip directory (entry ${k + 1} of ${count}); expected a readable .zip file`;
    entries.push({
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      declaredSize: u32(b, at + 24),
      localOffset: u32(b, at + 42),
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
    });
    at = next;
  }
  return entries;
}

class Stop extends Error {}

/**
 * The entries `want` keeps, inflated, or why not. `want` sees every entry's name first; names that
 * leave the folder are refused before anything is inflated.
 */
export async function readZip(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits): Promise<UnzipResult> {
  const started = Date.now();
  const dir = centralDirectory(bytes);
  if (typeof dir === 'string') return { ok: false, kind: 'damaged', message: dir };
  const unsafe = dir.filter((e) => leavesFolder(e.name)).map((e) => e.name);
  if (unsafe.length > 0) return { ok: false, kind: 'unsafe-names', names: unsafe };
  const chosen = dir.filter((e) => !e.name.endsWith('/') && want(e.name));
  const declared = chosen.reduce((sum, e) => sum + e.declaredSize, 0);
  // An honest zip that says it is too big is refused before anything is inflated.
  if (declared > limits.maxBytes) return { ok: false, kind: 'too-big', inflated: declared, declared };
  let total = 0;
  let sliceStart = Date.now();
  const files: DataFile[] = [];
  let current: string | undefined;
  try {
    for (const e of chosen) {
      current = e.name;
      if (e.flags & 1) return { ok: false, kind: 'damaged', entry: e.name, message: 'found an encrypted entry; expected a zip without a password' };
      const lh = e.localOffset;
      if (lh + 30 > bytes.length || u32(bytes, lh) !== LOCAL)
        return { ok: false, kind: 'damaged', entry: e.name, message: 'found a damaged entry; expected a readable .zip file' };
      const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
      const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
      const parts: Uint8Array[] = [];
      const take = (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > limits.maxBytes) throw new Stop();
        parts.push(chunk);
      };
      if (e.method === 0) take(data.slice());
      else if (e.method === 8) {
        let done = false;
        const inflater = new Inflate((chunk, final) => {
          take(chunk);
          if (final) done = true;
        });
        for (let at = 0; at < data.length; at += SLICE) {
          const end = Math.min(data.length, at + SLICE);
          inflater.push(data.subarray(at, end), end === data.length);
          if (Date.now() - sliceStart > BUDGET_MS) {
            if (Date.now() - started > limits.deadlineMs) return { ok: false, kind: 'too-slow', ms: Date.now() - started };
            await yieldToBrowser();
            sliceStart = Date.now();
          }
        }
        if (!done && data.length === 0)
          return { ok: false, kind: 'damaged', entry: e.name, message: 'found an entry with no compressed data; expected a readable .zip file' };
      } else
        return {
          ok: false,
          kind: 'damaged',
          entry: e.name,
          message: `found an entry compressed with method ${e.method}; expected "stored" or "deflate" (what every zip tool writes)`,
        };
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      files.push({ name: e.name, bytes: out });
    }
  } catch (err) {
    if (err instanceof Stop) return { ok: false, kind: 'too-big', inflated: total, declared };
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, kind: 'damaged', entry: current, message: `found data that could not be unpacked (${why}); expected a readable .zip file` };
  }
  return { ok: true, files };
}
