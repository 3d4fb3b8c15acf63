// The build reads data/ through the same reader and validator as `npm run validate-data`, fails
// with the validator's named errors when the data is invalid, and hands the app the already
// validated files as a virtual module. The page then only assembles them (src/model/assemble.ts):
// no schema library in the initial JavaScript, and the CLI and the build cannot disagree.
// LANKAO_DATA_DIR=<folder> builds the same app over another folder (the benchmark's synthetic
// datasets, the hostile-input fixture).
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/model/problems.ts';
import { checkDataDir } from './data-dir.ts';

export const DATA_MODULE = 'virtual:lankao-data';
const RESOLVED = `\0${DATA_MODULE}`;

export function lankaoData(dataDir: string | undefined = process.env.LANKAO_DATA_DIR): Plugin {
  let dir = '';
  return {
    name: 'lankao-data',
    configResolved(config) {
      dir = path.resolve(config.root, dataDir ?? 'data');
    },
    resolveId(id) {
      return id === DATA_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const result = checkDataDir(dir);
      for (const f of result.files) this.addWatchFile(f);
      if (!result.data) {
        const list = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        this.error(`The data in ${dir} has ${result.problems.length} problem(s) (npm run validate-data lists the same):\n${list}`);
      }
      // JSON.parse of a string literal: the engine parses JSON faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.data))});`;
    },
    configureServer(server) {
      // Editing a data file while `npm run dev` runs re-validates and reloads the page.
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (path.dirname(path.resolve(file)) !== dir) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
