import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // DOM tests by default; server-render tests say `// @vitest-environment node` at the top.
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
  },
});
