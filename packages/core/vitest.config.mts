import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Property tests take a second or three alone; on a busy two-core CI machine the same test
    // can take several times as long, and that is no failure. A hung test still stops here.
    testTimeout: 30_000,
  },
});
