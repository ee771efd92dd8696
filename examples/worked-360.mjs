import { aggregateFeedback, hlm } from '@medlead/core';

// The worked 360 of packages/core/docs/scoring.md: one self-assessment, one manager, four peers
// and two direct reports, on three Healthcare Leadership Model dimensions (scale 0–4).
const rate = (id, role, values) => ({
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  importanceScale: 'hlm:importance',
  subject: 'dr-a',
  rater: { id, role },
  ratings: Object.entries(values).map(([node, [value, importance]]) => ({
    nodeId: `hlm:${node}`,
    value,
    ...(importance === undefined ? {} : { importance }),
  })),
});
const A = 'inspiring-shared-purpose';
const B = 'leading-with-care';
const C = 'evaluating-information';

const report = aggregateFeedback(hlm, [
  rate('dr-a', 'self', { [A]: [4, 4], [B]: [2, 3], [C]: [3, 2] }),
  rate('m1', 'manager', { [A]: [2, 3], [B]: [3, 4], [C]: [3, 2] }),
  rate('p1', 'peer', { [A]: [3], [B]: [4], [C]: [3] }),
  rate('p2', 'peer', { [A]: [2], [B]: [4], [C]: [null] }),
  rate('p3', 'peer', { [A]: [3], [B]: [3], [C]: [3] }),
  rate('p4', 'peer', { [A]: [2], [B]: [4], [C]: [3] }),
  rate('d1', 'direct-report', { [A]: [1], [B]: [4], [C]: [2] }),
  rate('d2', 'direct-report', { [A]: [2], [B]: [3], [C]: [2] }),
]);

const figure = (f) => (f.status === 'shown' ? `${+f.mean.toFixed(2)} (n ${f.n})` : f.status);
console.log(
  'groups:',
  Object.entries(report.groups)
    .map(([role, g]) => `${role} ${g.status}`)
    .join(', '),
);
for (const node of report.nodes.slice(0, 3)) {
  const { self, manager, peer } = node.groups;
  console.log(
    `${node.title}: self ${figure(self)}, manager ${figure(manager)}, peers ${figure(peer)}, ` +
      `direct reports ${figure(node.groups['direct-report'])}, others ${figure(node.others)}, ` +
      `gap ${node.gap === null ? '–' : +node.gap.toFixed(2)}${node.flag ? ` (${node.flag})` : ''}`,
  );
}
console.log(
  'priorities:',
  report.priorities.map((p) => `${p.title} ${+p.score.toFixed(3)}`).join('; '),
);
