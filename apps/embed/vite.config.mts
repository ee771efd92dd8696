import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: every asset URL is relative, so dist/ works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod explains its /* @__PURE__ */ annotations in comments Rollup cannot place (the
        // docs app's Storybook build says the same).
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
});
