import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

export default defineConfig({
  test: {
    // React warns of <search> (the search landmark element, in browsers since 2023) only because
    // jsdom does not know it yet; every other console line still prints.
    onConsoleLog: (log) =>
      log.startsWith('The tag <search> is unrecognized in this browser.') ? false : undefined,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          // DOM tests by default; server-render tests say `// @vitest-environment node` at the top.
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
          // axe and whole-form or whole-tree keyboard walks in jsdom take seconds, and CI has two
          // busy cores: room enough that only a hang fails, not a slow machine.
          testTimeout: 30_000,
        },
      },
      {
        // The interactive parts in real Chromium, with the real stylesheet (so axe checks contrast).
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 900 },
          },
        },
      },
    ],
  },
});
