// Throughput and linearity benchmark for aggregateFeedback, run against the BUILT package.
// Run: npx -y pnpm@10.20.0 bench (from the repo root), or `node bench/aggregate-feedback.bench.mjs
// [--quick]` from tests/ after building core. Not part of the unit tests: timings are noisy.

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { aggregateFeedback, assessableNodes, hlm } from '@medlead/core';

// Design budget: at least 5 M ratings/s on a 2-core machine, time linear in input.
const BUDGET_RATINGS_PER_SECOND = 5_000_000;
const LINEARITY_LIMIT = 1.5; // time per rating at n× over 1×; above this we call it not linear
const BASE_SUBJECTS = 10_000; // 1× = 10,000 subjects = 900,000 ratings
const BATCH_SUBJECTS = 10_000; // generate this many at a time so memory stays bounded
const WARMUP_SUBJECTS = 10_000; // as many as the 1× run, so V8 has optimised the hot path
const NULL_RATE = 0.05;
const REPEATS = 3;

const quick = process.argv.includes('--quick');
const sizes = quick ? [0.1, 0.4, 1.6] : [1, 4, 16];

const nodeIds = assessableNodes(hlm).map((node) => node.id);
// 1 self, 1 manager, 4 peers, 3 direct reports, 1 other: every group is shown by default.
const roles = [
  'self',
  'manager',
  'peer',
  'peer',
  'peer',
  'peer',
  'direct-report',
  'direct-report',
  'direct-report',
  'other',
];
const ratingsPerSubject = roles.length * nodeIds.length;

/** mulberry32: tiny, fast, seeded, so every run aggregates the same data. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One subject's 10 assessments; values 0–4 (about 5% null), importance 1–4 on every rating. */
function makeSubject(random, subject) {
  return roles.map((role, r) => ({
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject,
    rater: { id: `${subject}-r${r}`, role },
    ratings: nodeIds.map((nodeId) => ({
      nodeId,
      value: random() < NULL_RATE ? null : Math.floor(random() * 5),
      importance: 1 + Math.floor(random() * 4),
    })),
  }));
}

function makeBatch(random, first, count) {
  const batch = new Array(count);
  for (let i = 0; i < count; i += 1) batch[i] = makeSubject(random, `s${first + i}`);
  return batch;
}

// Summed into the output so the calls cannot be optimised away, and printed as a sanity figure.
let checksum = 0;

/** Times only the aggregateFeedback calls; data generation stays outside the clock. */
function timeBatch(batch) {
  const start = performance.now();
  for (const assessments of batch) {
    const report = aggregateFeedback(hlm, assessments);
    const others = report.nodes[0].others;
    if (others.status === 'shown') checksum += others.mean;
  }
  return performance.now() - start;
}

function run(subjects, seed) {
  const random = mulberry32(seed);
  let milliseconds = 0;
  for (let first = 0; first < subjects; first += BATCH_SUBJECTS) {
    const count = Math.min(BATCH_SUBJECTS, subjects - first);
    milliseconds += timeBatch(makeBatch(random, first, count));
  }
  return milliseconds / 1000;
}

const pad = (value, width) => String(value).padStart(width);
const fixed = (value, digits) => value.toFixed(digits);

console.log(`aggregateFeedback benchmark${quick ? ' (--quick)' : ''}`);
console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'})`);
console.log(
  `${ratingsPerSubject} ratings per subject (${roles.length} raters × ${nodeIds.length})`,
);

run(WARMUP_SUBJECTS, 1); // warm the JIT before anything is measured

// Each size runs REPEATS times on the same data; the median run is reported, so one noisy run
// (this is a shared 2-core machine) neither fails nor flatters the budget.
const results = sizes.map((size, index) => {
  const subjects = Math.round(size * BASE_SUBJECTS);
  const ratings = subjects * ratingsPerSubject;
  const runs = Array.from({ length: REPEATS }, () => run(subjects, 100 + index)).sort(
    (a, b) => a - b,
  );
  const seconds = runs[Math.floor(REPEATS / 2)];
  return { size, subjects, ratings, seconds, rate: ratings / seconds };
});

console.log('');
console.log('  size   subjects      ratings   seconds  M ratings/s  µs/subject');
for (const { size, subjects, ratings, seconds, rate } of results) {
  console.log(
    [
      pad(`${size}×`, 6),
      pad(subjects.toLocaleString('en'), 10),
      pad(ratings.toLocaleString('en'), 12),
      pad(fixed(seconds, 3), 9),
      pad(fixed(rate / 1e6, 2), 12),
      pad(fixed((seconds / subjects) * 1e6, 1), 11),
    ].join(' '),
  );
}

// Linearity: time per rating at each larger size relative to the smallest (1× or 0.1×).
const base = results[0];
const perRating = (result) => result.seconds / result.ratings;
let linear = true;
console.log('');
console.log(`linearity (time per rating relative to ${base.size}×; linear ≈ 1.0):`);
for (const result of results.slice(1)) {
  const ratio = perRating(result) / perRating(base);
  const ok = ratio <= LINEARITY_LIMIT;
  linear &&= ok;
  console.log(`  ${result.size}×: ${fixed(ratio, 2)}${ok ? '' : '  not linear'}`);
}

const worst = results.reduce((a, b) => (b.rate < a.rate ? b : a));
const budget = BUDGET_RATINGS_PER_SECOND / 1e6;
const pass =
  base.rate >= BUDGET_RATINGS_PER_SECOND && worst.rate >= BUDGET_RATINGS_PER_SECOND && linear;
console.log('');
console.log(`checksum ${fixed(checksum, 6)}`);
console.log(
  `${pass ? 'PASS' : 'FAIL'}: budget ${budget} M ratings/s; ` +
    `${base.size}× ${fixed(base.rate / 1e6, 2)} M/s, ` +
    `worst (${worst.size}×) ${fixed(worst.rate / 1e6, 2)} M/s` +
    (linear ? '' : '; time is not linear in input'),
);
if (!pass) process.exitCode = 1;
