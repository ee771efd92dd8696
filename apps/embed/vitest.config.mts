import { defineConfig } from 'vitest/config';

// The built page (dist/) in real Chromium, driven by Playwright from Node: `test` runs after `build`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
