// Build the app once for all real-browser test files and serve dist/ on 127.0.0.1.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/serve';

let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.close();
  };
}
