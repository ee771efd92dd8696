// An esbuild plugin for the one-file script: leaves zod's JSON Schema generation out. zod's
// classic schemas reach it from every schema's prototype (`.toJSONSchema()`, the Standard Schema
// `jsonSchema` getter), so no bundler can drop it, though nothing in medlead calls it: about
// 15 KB min (5 KB min+gzip) of the budget. Each export of the two modules becomes a
// function that throws if called (`aggregateChecks`, behind introspection getters such as
// `.minLength`, gives `{}`, so those read as null). The build fails on any esbuild warning, so an
// export zod adds later that the stub lacks is caught there.
import { readFile } from 'node:fs/promises';

const modules = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** @returns {import('esbuild').Plugin} */
export function leaveOutZodJsonSchema() {
  return {
    name: 'leave-out-zod-json-schema',
    setup(build) {
      build.onLoad({ filter: modules }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const names = new Set([
          ...[...source.matchAll(/^export (?:function|const|let|class) (\w+)/gm)].map(
            (match) => match[1],
          ),
          ...[...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((match) =>
            match[1].split(',').map((part) =>
              part
                .trim()
                .split(/\s+as\s+/)
                .pop(),
            ),
          ),
        ]);
        names.delete('');
        names.delete('aggregateChecks');
        const contents = [
          "const left = () => { throw new Error('zod JSON Schema generation is not included in medlead-elements.js'); };",
          `export { ${[...names].map((name) => `left as ${name}`).join(', ')} };`,
          source.includes('export function aggregateChecks')
            ? 'export const aggregateChecks = () => ({});'
            : '',
        ].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}
