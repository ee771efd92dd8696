import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'consumer/fixtures/**'],
    environment: 'node',
    // Packing and installing the tarball takes a while; these are not timing tests.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
