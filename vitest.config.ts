import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lankaoData } from './scripts/lib/data-plugin.ts';

// Two projects: fast unit/component tests in jsdom, and real-browser tests that build the
// app once (tests/e2e/global-setup.ts), serve it on 127.0.0.1 and drive Debian's Chromium.
export default defineConfig({
  // Vitest does not read vite.config.ts: the data module comes from the same plugin as in the build.
  plugins: [react(), lankaoData()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
          // Unit tests run first (group 0); the browser tests (group 1) have their own worker limit.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium per file; two cores on CI, so keep the browsers few.
          maxWorkers: 2,
          fileParallelism: true,
          // One retry for a browser test that fails once on a loaded machine. Two such failures had
          // causes now fixed: page.url() lagging the page's own address (tests read location.search
          // now, browser.ts searchParams) and ECharts' pie sweeping in under the pointer (charts are
          // still now). A test that fails twice still fails the run.
          retry: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
