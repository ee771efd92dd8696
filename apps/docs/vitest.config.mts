import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

const chromium = playwright({ launchOptions: chromiumLaunchOptions });

export default defineConfig({
  test: {
    projects: [
      // Every story in real Chromium: it must render, its play function must pass, and axe
      // (addon-a11y, `a11y.test: 'error'` in .storybook/preview.tsx) must find no violation, in
      // the light theme and again with the toolbar's Theme set to dark (contrast differs).
      ...(['light', 'dark'] as const).map((theme) => ({
        extends: true as const,
        plugins: [
          storybookTest({
            configDir: path.join(dirname, '.storybook'),
            initialGlobals: { theme },
          }),
        ],
        test: {
          name: theme === 'light' ? 'storybook' : 'storybook (dark)',
          // Vitest's 15 s for a browser test is too short for a story (render, play, axe) on a busy
          // two-core machine running the other project beside it; waits inside are on conditions.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
      {
        // Plain Node: the fixtures, the reference pages' completeness, and the guides' code run
        // as written (their output is what the guides show).
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
