// Prerenders the app into the built index.html (issue 11): after the client bundle is generated,
// src/entry-server.tsx is loaded through Vite's SSR module loader (same config, same data folder)
// and React's static renderer fills <div id="root">. Runs in every production build — `vite build`,
// `--mode single` (the inlined script's CSP hash does not depend on #root's markup) and the
// build() API the tests and the benchmark use. The dev server is left alone: the client renders
// when #root is empty.
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ENTRY = '/src/entry-server.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

interface ServerEntry {
  renderApp: () => Promise<string>;
}
interface StateModule {
  PRERENDERED_STATE: { lang: string; view: string };
  PRERENDER_ATTRIBUTE: string;
  encodeState: (s: { lang: string; view: string }) => string;
}

const escapeAttribute = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The prerendered markup and the #root attribute naming its state, rendered with the project's own config. */
async function renderWithVite(config: ResolvedConfig): Promise<{ html: string; attribute: string }> {
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
    const html = await entry.renderApp();
    return { html, attribute: `${state.PRERENDER_ATTRIBUTE}="${escapeAttribute(state.encodeState(state.PRERENDERED_STATE))}"` };
  } finally {
    await server.close();
  }
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
        const { html, attribute } = await renderWithVite(config);
        page.source = source.replace(EMPTY_ROOT, () => `<div id="root" ${attribute}>${html}</div>`);
      },
    },
  };
}
