import type { Plugin } from 'esbuild';

export const unusedClassPrefixes: readonly string[];
export function purgeCss(css: string, prefixes: readonly string[]): string;
export function inlineCss(options?: { readonly purge?: readonly string[] }): Plugin;
