// Build the app once for all real-browser test files and serve dist/ on 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/serve';

let server: StaticServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The build the server serves (tests that go over every built file read it). */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // A private output folder: parallel runs (and a developer's own dist/) never collide.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-e2e-dist-'));
  // manifest: true writes .vite/manifest.json (not served to the app), which every-chunk.e2e.test.ts
  // reads to find each part's own code.
  // Vitest sets NODE_ENV=test and Vite keeps an existing NODE_ENV: without this the browser
  // tests would run React's development build, which is larger and much slower.
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    process.env.NODE_ENV = previousEnv;
  }
  server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
  return async () => {
    await server?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  };
}
