// An esbuild plugin: `import css from 'some/file.css?inline'` gives the file's text, minified,
// as Vite's `?inline` does (so the sources build the same under tsup, esbuild and Vitest), less
// the rules of components the elements never draw.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { unusedClassPrefixes } from './unused-classes.mjs';

export { unusedClassPrefixes };

/** The index after the block that opens at `open` (a `{`), skipping strings. */
function blockEnd(css, open) {
  let depth = 0;
  for (let index = open; index < css.length; index++) {
    const char = css[index];
    if (char === '"' || char === "'") {
      index = stringEnd(css, index);
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) return index + 1;
    }
  }
  throw new Error('inline-css: unbalanced braces');
}

function stringEnd(css, start) {
  const quote = css[start];
  for (let index = start + 1; index < css.length; index++) {
    if (css[index] === '\\') index++;
    else if (css[index] === quote) return index;
  }
  throw new Error('inline-css: unterminated string');
}

/** Splits a selector list at its top-level commas (not those inside :is(…) and the like). */
function splitSelectors(prelude) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < prelude.length; index++) {
    const char = prelude[index];
    if (char === '"' || char === "'") index = stringEnd(prelude, index);
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(prelude.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
}

// At-rules that hold rules (filtered inside); any other at-rule block is kept whole.
const groupingRules = /^@(media|supports|container|layer|scope|document)\b/;

/**
 * Minified CSS without the selectors that name a class starting with one of `prefixes`; a rule
 * left with no selector, and a group left with no rule, go too.
 */
export function purgeCss(css, prefixes) {
  const named = new RegExp(
    `\\.(?:${prefixes.map((prefix) => prefix.replace(/[-]/g, '\\-')).join('|')})`,
  );
  let out = '';
  let index = 0;
  while (index < css.length) {
    let end = index;
    while (end < css.length && css[end] !== '{' && css[end] !== ';' && css[end] !== '}') {
      if (css[end] === '"' || css[end] === "'") end = stringEnd(css, end);
      end++;
    }
    if (end >= css.length || css[end] !== '{') {
      // A statement (`@import …;`) or trailing text: kept.
      out += css.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    const prelude = css.slice(index, end).trim();
    const close = blockEnd(css, end);
    const body = css.slice(end + 1, close - 1);
    if (prelude.startsWith('@')) {
      if (groupingRules.test(prelude)) {
        const inner = purgeCss(body, prefixes);
        if (inner.trim() !== '') out += `${prelude}{${inner}}`;
      } else {
        out += `${prelude}{${body}}`;
      }
    } else {
      const kept = splitSelectors(prelude).filter((selector) => !named.test(selector));
      if (kept.length > 0) out += `${kept.join(',')}{${purgeDeclarations(body, prefixes)}}`;
    }
    index = close;
  }
  return out;
}

/** A rule's declarations without the custom properties of the left-out components (`--medlead-heatmap-1`). */
function purgeDeclarations(body, prefixes) {
  if (body.includes('{')) return body; // nested rules: kept as written
  const custom = new RegExp(
    `^--(?:${prefixes.map((prefix) => prefix.replace(/[-]/g, '\\-')).join('|')})`,
  );
  return splitDeclarations(body)
    .filter((declaration) => !custom.test(declaration.trim()))
    .join(';');
}

/** Splits declarations at their semicolons (not those inside strings or url()). */
function splitDeclarations(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '"' || char === "'") index = stringEnd(body, index);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.filter((part) => part.trim() !== '');
}

/**
 * @param {{ purge?: readonly string[] }} [options] class prefixes whose rules to leave out
 * @returns {import('esbuild').Plugin}
 */
export function inlineCss({ purge = unusedClassPrefixes } = {}) {
  return {
    name: 'inline-css',
    setup(build) {
      build.onResolve({ filter: /\.css\?inline$/ }, (args) => {
        const request = args.path.replace(/\?inline$/, '');
        const path = createRequire(join(args.resolveDir, 'index.js')).resolve(request);
        // Not ending in `.css`, so that no CSS plugin of the bundler (tsup has one) takes it.
        return { path: `${path}?inline`, namespace: 'inline-css' };
      });
      build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
        const file = args.path.replace(/\?inline$/, '');
        const css = await readFile(file, 'utf8');
        // No target: modern CSS (light-dark(), container queries, :has) is kept as written.
        const { code } = await transform(css, { loader: 'css', minify: true });
        return { contents: purgeCss(code.trim(), purge), loader: 'text', watchFiles: [file] };
      });
    },
  };
}
