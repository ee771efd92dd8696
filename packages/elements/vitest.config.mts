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
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          // The elements from source, on React, in jsdom; the size test says `node` at its top.
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts', 'src/wait.test-setup.ts'],
          // The stylesheet is read as text (`?inline`) into each shadow root; Vitest blanks CSS unless told.
          css: true,
          testTimeout: 30_000,
        },
      },
      {
        // Bundled before the first test, so that Vite does not find them midway and reload it.
        optimizeDeps: {
          include: [
            '@medlead/core',
            '@medlead/react',
            'axe-core',
            'react',
            'react-dom/client',
            'react/jsx-runtime',
          ],
        },
        // Real Chromium: the built one-file script (dist/medlead-elements.js, on Preact), each test
        // in a plain HTML page of its own holding only the script tag and the elements; and the
        // ESM build's code on React.
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          // A local server for `src` files, one of which never answers.
          globalSetup: ['src/source-server.test-setup.ts'],
          setupFiles: ['src/wait.test-setup.ts'],
          testTimeout: 30_000,
          css: true,
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
