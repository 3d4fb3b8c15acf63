// Prerenders the app into the built index.html (issue 11): after the client bundle is generated,
// src/entry-server.tsx is loaded through Vite's SSR module loader (same config, same data folder)
// and React's static renderer fills <div id="root"> with the default page (Chinese), followed by
// the same page in the other prerendered languages as <template>s and the boot scripts that pick
// one before the first paint (src/prerender/boot.ts; their hashes join the CSP's script-src).
// Runs in every production build — `vite build`, `--mode single` (the single-file CSP hashes every
// inline script after inlining) and the build() API the tests and the benchmark use. The dev server
// is left alone: the client renders when #root is empty.
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { LANG_MODULE_PREFIX } from './lib/data-plugin.ts';
import { TEXT_LANGS } from '../src/model/langTexts.ts';

type OutputBundle = Rollup.OutputBundle;
import { directive, rewriteCsp, setDirective, sha256 } from './lib/csp.ts';

const ENTRY = '/src/entry-server.tsx';
const EMPTY_ROOT = '<div id="root"></div>';
const TITLE = '<title>';

interface PrerenderedState {
  lang: string;
  view: string;
}
interface ServerEntry {
  renderApp: (state: PrerenderedState) => Promise<string>;
}
interface StateModule {
  PRERENDERED_STATES: readonly PrerenderedState[];
  PRERENDER_ATTRIBUTE: string;
  encodeState: (s: PrerenderedState) => string;
}
interface BootModule {
  headScript: (languageModules: Readonly<Record<string, string>> | null) => string;
  swapScript: (rootAttribute: string) => string;
  TEMPLATE_LANG_ATTRIBUTE: string;
}
interface Prerendered {
  /** #root with the default page, then the other languages' pages as <template>s. */
  body: string;
  headScript: string;
  swapScript: string;
}

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The prerendered pages and their boot scripts, rendered with the project's own config. */
async function renderWithVite(config: ResolvedConfig, languageModules: Readonly<Record<string, string>> | null): Promise<Prerendered> {
  const server = await createServer({
    root: config.root,
    configFile: config.configFile ?? false,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // echarts-for-react's ESM build uses extension-less imports that Node cannot load on its own.
    ssr: { noExternal: ['echarts-for-react', 'echarts', 'zrender'] },
  });
  try {
    const entry = (await server.ssrLoadModule(ENTRY)) as ServerEntry;
    const state = (await server.ssrLoadModule('/src/prerender/state.ts')) as StateModule;
    const boot = (await server.ssrLoadModule('/src/prerender/boot.ts')) as BootModule;
    const attribute = (s: PrerenderedState) => `${state.PRERENDER_ATTRIBUTE}="${escapeAttribute(state.encodeState(s))}"`;
    const [first, ...others] = state.PRERENDERED_STATES;
    // One after the other: each render sets the app's one store to its state.
    let body = `<div id="root" ${attribute(first!)}>${await entry.renderApp(first!)}</div>`;
    for (const s of others) {
      const html = await entry.renderApp(s);
      body += `<template ${boot.TEMPLATE_LANG_ATTRIBUTE}="${escapeAttribute(s.lang)}" ${attribute(s)}>${html}</template>`;
    }
    return { body, headScript: boot.headScript(languageModules), swapScript: boot.swapScript(state.PRERENDER_ATTRIBUTE) };
  } finally {
    await server.close();
  }
}

/** The page's CSP with the boot scripts' hashes added to script-src. */
function allowScripts(html: string, scripts: string[]): string {
  return rewriteCsp(html, (csp) => setDirective(csp, 'script-src', [directive(csp, 'script-src') ?? "'self'", ...scripts.map(sha256)].join(' ')));
}

/**
 * The chunks of the start data's words in each language (scripts/lib/data-plugin.ts), as the page's
 * <head> script preloads them; null in the single-file build, where they are inline.
 */
function languageModules(bundle: OutputBundle, base: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const file of Object.values(bundle)) {
    // A chunk of their own (in the single-file build they are in the one inlined entry chunk).
    if (file.type !== 'chunk' || file.isEntry) continue;
    for (const lang of TEXT_LANGS) if (file.moduleIds.includes(`\0${LANG_MODULE_PREFIX}${lang}`)) out[lang] = `${base}${file.fileName}`;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'lankao-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (config.build.ssr) return;
        const page = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName === 'index.html');
        if (!page || page.type !== 'asset') return;
        const source = String(page.source);
        if (!source.includes(EMPTY_ROOT)) this.error(`index.html: expected an empty ${EMPTY_ROOT} to prerender into`);
        if (!source.includes(TITLE)) this.error(`index.html: expected a <title> to put the language script before`);
        const { body, headScript, swapScript } = await renderWithVite(config, languageModules(bundle, config.base));
        const withPages = source
          .replace(TITLE, () => `<script>${headScript}</script>\n    ${TITLE}`)
          .replace(EMPTY_ROOT, () => `${body}<script>${swapScript}</script>`);
        page.source = allowScripts(withPages, [headScript, swapScript]);
      },
    },
  };
}
