import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: every asset URL is relative, so dist/ works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
