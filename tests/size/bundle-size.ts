import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface BundleSize {
  readonly minified: number;
  readonly gzipped: number;
}

/**
 * Bundles `source` (an ES module that imports what a user would) the way an app's bundler would:
 * minified for the browser, with the listed packages left external; returns bytes min and min+gzip.
 */
export async function measureBundle(
  source: string,
  external: readonly string[],
  resolveDir: string,
  plugins: Plugin[] = [],
): Promise<BundleSize> {
  const result = await build({
    plugins,
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: [...external],
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/**
 * Leaves the framework and crosswalk data modules out of a bundle of core's source, so what is
 * measured is the library's code alone (the data has budgets of its own).
 */
export const leaveDataOut: Plugin = {
  name: 'leave-data-out',
  setup(plugin) {
    plugin.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const isData = /\/src\/frameworks\/(mlcf|hlm|ama|fmlm)$|\/src\/crosswalks\/data\//.test(
        target,
      );
      return isData ? { path: target, external: true } : undefined;
    });
  },
};

/**
 * Leaves the interchange modules (CASE, Moodle and Canvas exports and imports) out, as a bundler
 * does for an app that never calls them: they are measured on their own budget.
 */
export const leaveInterchangeOut: Plugin = {
  name: 'leave-interchange-out',
  setup(plugin) {
    plugin.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const isInterchange = /\/core\/src\/(exports|imports)\//.test(target);
      return isInterchange ? { path: target, external: true } : undefined;
    });
  },
};
