import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { lankaoData } from './scripts/lib/data-plugin.ts';
import { rewriteCsp, setDirective, sha256 } from './scripts/lib/csp.ts';
import { themeCss } from './src/shared/theme.ts';
import { canonicalSiteUrl } from './src/shared/siteUrl.ts';

// The theme's custom properties (src/shared/theme.ts, the one source of colours, fonts and emphasis
// for CSS and ECharts) as a stylesheet module that main.tsx imports before styles.css.
const THEME_ID = 'virtual:lankao-theme.css';
function themePlugin(): Plugin {
  return {
    name: 'lankao-theme',
    resolveId: (id) => (id === THEME_ID ? `\0${THEME_ID}` : null),
    load: (id) => (id === `\0${THEME_ID}` ? themeCss() : null),
  };
}

// The single-file build inlines the script and the stylesheet, which the page's strict CSP
// (script-src 'self', style-src 'self') would block. In that mode the CSP names the inlined
// code by its sha256 hash instead: still no 'unsafe-inline' for scripts, no 'unsafe-eval'.
const HASH_PLACEHOLDER = "'sha256-LANKAO-INLINE-HASHES'";
function singleFileCsp(): Plugin {
  return {
    name: 'lankao-single-file-csp',
    enforce: 'post',
    // Before inlining: mark the script and style directives as hash-based (the placeholder also
    // tells vite-plugin-singlefile that the inline code is allowed, so it does not warn).
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => rewriteCsp(html, (csp) => setDirective(setDirective(csp, 'script-src', HASH_PLACEHOLDER), 'style-src', HASH_PLACEHOLDER)),
    },
    // After inlining (this plugin comes after viteSingleFile): put in the real hashes.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).filter((c) => c.length > 0);
          const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
          if (scripts.length === 0) this.error(`${file.fileName}: no inlined script to hash`);
          const out = rewriteCsp(html, (csp) =>
            setDirective(
              setDirective(setDirective(csp, 'script-src', scripts.map(sha256).join(' ')), 'style-src', ["'self'", ...styles.map(sha256)].join(' ')),
              'style-src-attr',
              "'unsafe-inline'",
            ),
          );
          if (out.includes(HASH_PLACEHOLDER)) this.error(`${file.fileName}: CSP hash placeholder left in place`);
          file.source = out;
        }
      },
    },
  };
}

// `vite build --mode single` produces one self-contained index.html (dist-single/) that
// runs from file:// — for presenters with no network and no server.
export default defineConfig(({ mode }) => ({
  base: './',
  // The address citations give for this site (src/shared/siteUrl.ts): SITE_URL=https://… npm run build.
  // Every copy of a build — served, local or the single file — cites the same canonical address.
  define: { __LANKAO_SITE_URL__: JSON.stringify(canonicalSiteUrl(process.env.SITE_URL)) },
  // public/ holds the JSON Schemas for data authors (npm run json-schema); the single file stays one file.
  publicDir: mode === 'single' ? false : 'public',
  plugins: [
    react(),
    themePlugin(),
    // data/ (or LANKAO_DATA_DIR) read, validated and bundled; an invalid folder fails the build.
    lankaoData(),
    // After the client bundle: the page's HTML rendered from the same validated data (src/entry-server.tsx).
    prerenderPlugin(),
    ...(mode === 'single' ? [viteSingleFile(), singleFileCsp()] : []),
  ],
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    // Every browser this page supports preloads modules itself (Chrome 66, Safari 17, Firefox 115):
    // the polyfill was 0.5 KB gzip of start JavaScript for none of them.
    modulePreload: { polyfill: false },
    // Everything the page runs before its first picture is hydrated in one file: split into the
    // shared pieces the lazy chunks also import, it was 10 files, each compressed on its own
    // (measured: 2.8 KB gzip more, and 10 requests for 1).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
  // pptxgenjs (the presentation's PowerPoint export, loaded on demand) zips with fflate instead of JSZip: src/shared/zipForPptx.ts.
  resolve: { alias: { jszip: fileURLToPath(new URL('./src/shared/zipForPptx.ts', import.meta.url)) } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
}));
