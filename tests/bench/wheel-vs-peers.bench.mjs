// CompetencyWheel beside the chart libraries people would otherwise reach for, measured in the
// same run: bundle size (min+gzip, React and React DOM external, Radix too for ours) and server
// rendering of the same 9-axis Healthcare Leadership Model data with renderToString.
// Run: npx -y pnpm@10.20.0 bench (from the repo root), after building the packages.
// Budgets (shared/DESIGN.md §8): our wheel ≤ 8 KB; server render ≥ 3× faster than @nivo/radar.

import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { assessableNodes, hlm } from '@medlead/core';
import { CompetencyWheel } from '@medlead/react';
import { Radar as NivoRadar } from '@nivo/radar';
import { build } from 'esbuild';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { PolarAngleAxis, PolarGrid, Radar, RadarChart } from 'recharts';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url).pathname;
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-is'];
const KB = 1024;

// The same data for everyone: the nine HLM dimensions on the 0–4 self-assessment scale.
const dimensions = assessableNodes(hlm);
const values = Object.fromEntries(dimensions.map((node, index) => [node.id, index % 5]));
const rows = dimensions.map((node) => ({ dimension: node.title, score: values[node.id] }));

const charts = [
  {
    name: '@medlead/react CompetencyWheel',
    entry: `export { CompetencyWheel } from '@medlead/react';`,
    external: [...REACT, '@radix-ui/react-tooltip'],
    render: () => h(CompetencyWheel, { framework: hlm, report: values }),
  },
  {
    name: '@nivo/radar Radar',
    entry: `export { Radar } from '@nivo/radar';`,
    external: REACT,
    render: () =>
      h(NivoRadar, {
        data: rows,
        keys: ['score'],
        indexBy: 'dimension',
        width: 480,
        height: 480,
        maxValue: 4,
        animate: false,
      }),
  },
  {
    name: 'recharts RadarChart',
    entry: `export { RadarChart, Radar, PolarGrid, PolarAngleAxis } from 'recharts';`,
    external: REACT,
    render: () =>
      h(RadarChart, { width: 480, height: 480, data: rows }, [
        h(PolarGrid, { key: 'grid' }),
        h(PolarAngleAxis, { key: 'axis', dataKey: 'dimension' }),
        h(Radar, { key: 'radar', dataKey: 'score', isAnimationActive: false }),
      ]),
  },
];

async function bundleSize(entry, external) {
  const result = await build({
    stdin: { contents: entry, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
}

/**
 * Median time of one renderToString per chart. The charts take turns, round by round, so a busy
 * machine (other jobs, garbage collection) slows every chart alike rather than whichever runs then.
 */
function renderTimes(renders) {
  for (const render of renders) for (let i = 0; i < 300; i++) renderToString(render());
  const rounds = renders.map(() => []);
  for (let round = 0; round < 15; round++) {
    renders.forEach((render, index) => {
      const start = performance.now();
      for (let i = 0; i < 100; i++) renderToString(render());
      rounds[index].push((performance.now() - start) / 100);
    });
  }
  return rounds.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

console.log(`node ${process.version}; react ${require('react/package.json').version}`);
console.log('');
console.log('chart                              min+gzip   SSR ms/render   SSR output');
const results = [];
const times = renderTimes(charts.map((chart) => chart.render));
for (const [index, chart] of charts.entries()) {
  const size = await bundleSize(chart.entry, chart.external);
  const ms = times[index];
  const html = renderToString(chart.render());
  const drawn = (html.match(/<(path|polygon|circle)\b/g) ?? []).length;
  results.push({ ...chart, size, ms, drawn });
  console.log(
    `${chart.name.padEnd(34)} ${`${(size / KB).toFixed(1)} KB`.padStart(8)}   ${ms.toFixed(3).padStart(13)}   ${drawn} shapes, ${(html.length / 1024).toFixed(1)} KB of HTML`,
  );
}

const ours = results[0];
const nivo = results[1];
const speedup = nivo.ms / ours.ms;
const sizeOk = ours.size <= 8 * KB;
const speedOk = speedup >= 3;
console.log('');
console.log(
  `CompetencyWheel size: ${(ours.size / KB).toFixed(1)} KB (budget 8 KB): ${sizeOk ? 'PASS' : 'FAIL'}`,
);
console.log(
  `server render vs @nivo/radar: ${speedup.toFixed(1)}× faster (budget 3×): ${speedOk ? 'PASS' : 'FAIL'}`,
);
if (!sizeOk || !speedOk) process.exitCode = 1;
