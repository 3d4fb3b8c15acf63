// Builds of the app for the benchmark, the audit and the hostile/single-file tests, always into
// a folder the caller names (a temp folder) — never dist/. Uses the project's vite.config.ts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type Plugin } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ECHARTS_MODULE = path.join(ROOT, 'src/charts/echarts.ts');

export interface BuildOptions {
  outDir: string;
  /** A folder of data files to bundle instead of data/ (LANKAO_DATA_DIR). */
  dataDir?: string;
  /** Swap the tree-shaken `echarts/core` registration for the full `echarts` package. */
  fullEcharts?: boolean;
  /** 'single' → the one-file build (vite-plugin-singlefile). */
  mode?: string;
}

/**
 * What a typical echarts-for-react app ships: `import * as echarts from 'echarts'` (everything
 * registered). The rest of src/charts/echarts.ts (its exports, its own `use([...])`) stays, so
 * the app is otherwise identical.
 */
export function fullEchartsPlugin(): Plugin {
  return {
    name: 'bench-full-echarts',
    enforce: 'pre',
    load(id) {
      if (path.resolve(id.split('?')[0]!) !== ECHARTS_MODULE) return null;
      const src = fs.readFileSync(ECHARTS_MODULE, 'utf8');
      const out = src.replace(/from\s+(['"])echarts\/core\1/, "from 'echarts'");
      if (out === src) this.error("src/charts/echarts.ts no longer imports from 'echarts/core'");
      return out;
    },
  };
}

export async function buildApp(opts: BuildOptions): Promise<string> {
  const prev = process.env.LANKAO_DATA_DIR;
  const prevNodeEnv = process.env.NODE_ENV;
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build: force production.
  process.env.NODE_ENV = 'production';
  if (opts.dataDir) process.env.LANKAO_DATA_DIR = path.resolve(opts.dataDir);
  else delete process.env.LANKAO_DATA_DIR;
  try {
    await build({
      root: ROOT,
      mode: opts.mode ?? 'production',
      logLevel: 'error',
      plugins: opts.fullEcharts ? [fullEchartsPlugin()] : [],
      build: { outDir: path.resolve(opts.outDir), emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    if (prevNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = prevNodeEnv;
    if (prev === undefined) delete process.env.LANKAO_DATA_DIR;
    else process.env.LANKAO_DATA_DIR = prev;
  }
  return path.resolve(opts.outDir);
}

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface JsSizes {
  initial: Bytes;
  total: Bytes;
  files: number;
  initialFiles: string[];
}

const gz = (buf: Buffer) => zlib.gzipSync(buf).length; // zlib default level (6), like most servers

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/**
 * Initial JS: what index.html loads before anything else (module scripts and modulepreloads,
 * or the inline script of the single-file build), and the start data's words in the page's language,
 * which the inline <head> script preloads (src/prerender/boot.ts; the page hydrates once they are
 * here): a page opens in one language, so the larger of the languages' files counts. Total JS: every
 * .js file in the build.
 */
export function jsSizes(outDir: string): JsSizes {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const initialFiles = [...new Set(refs)].map((r) => path.join(outDir, r.replace(/^\.?\//, '')));
  // Inline scripts (the prerender's boot scripts; all of the code in the single-file build), not the empty <script src>.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1]!.length > 0)
    .map((m) => Buffer.from(m[1]!));
  const sum = (bufs: Buffer[]): Bytes => ({ raw: bufs.reduce((a, b) => a + b.length, 0), gzip: bufs.reduce((a, b) => a + gz(b), 0) });
  const all = walk(outDir).filter((f) => f.endsWith('.js'));
  const preloadedByScript = [...new Set(inline.flatMap((b) => [...b.toString().matchAll(/"\.?\/?(assets\/[\w.-]+\.js)"/g)].map((m) => m[1]!)))];
  const language = preloadedByScript
    .map((r) => path.join(outDir, r))
    .sort((a, b) => gz(fs.readFileSync(b)) - gz(fs.readFileSync(a)))
    .slice(0, 1);
  initialFiles.push(...language);
  const initial = sum([...initialFiles.map((f) => fs.readFileSync(f)), ...inline]);
  const total = sum([...all.map((f) => fs.readFileSync(f)), ...inline]);
  return { initial, total, files: all.length, initialFiles: initialFiles.map((f) => path.relative(outDir, f)) };
}
