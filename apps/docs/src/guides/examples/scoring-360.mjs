import {
  aggregateFeedback,
  gapAnalysis,
  hlm,
  scoreAssessment,
  summarizeCohort,
} from '@medlead/core';

// A 360 on three dimensions of the Healthcare Leadership Model (0 Insufficient … 4 Exemplary):
// one self-assessment, one manager, three peers, two direct reports and one "other" rater.
const rate = (id, role, values) => ({
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  subject: 'dr-b',
  rater: { id, role },
  ratings: Object.entries(values).map(([node, value]) => ({ nodeId: `hlm:${node}`, value })),
});
const assessments = [
  rate('dr-b', 'self', {
    'engaging-the-team': 4,
    'holding-to-account': 2,
    'sharing-the-vision': 3,
  }),
  rate('m1', 'manager', {
    'engaging-the-team': 3,
    'holding-to-account': 3,
    'sharing-the-vision': 2,
  }),
  rate('p1', 'peer', { 'engaging-the-team': 2, 'holding-to-account': 4, 'sharing-the-vision': 3 }),
  rate('p2', 'peer', {
    'engaging-the-team': 3,
    'holding-to-account': 3,
    'sharing-the-vision': null,
  }),
  rate('p3', 'peer', { 'engaging-the-team': 2, 'holding-to-account': 4, 'sharing-the-vision': 2 }),
  rate('d1', 'direct-report', {
    'engaging-the-team': 2,
    'holding-to-account': 3,
    'sharing-the-vision': 2,
  }),
  rate('d2', 'direct-report', {
    'engaging-the-team': 3,
    'holding-to-account': 4,
    'sharing-the-vision': 3,
  }),
  rate('o1', 'other', { 'engaging-the-team': 2, 'holding-to-account': 4, 'sharing-the-vision': 3 }),
];

// With the defaults, anonymous groups need 3 raters: the direct reports (2) and the other (1)
// are suppressed, but being 3 together they may join "others".
const report = aggregateFeedback(hlm, assessments);
const show = (figure) =>
  figure.status === 'shown' ? `${+figure.mean.toFixed(2)} (n ${figure.n})` : figure.status;
console.log(
  Object.entries(report.groups)
    .map(([role, group]) => `${role}: ${group.status}`)
    .join(', '),
);
// The three dimensions this 360 asked about (the rest no one rated).
for (const node of report.nodes.filter((entry) => entry.groups.self.status === 'shown')) {
  const { self, peer } = node.groups;
  const gap = node.gap === null ? 'no gap' : `gap ${+node.gap.toFixed(2)}`;
  console.log(
    `${node.title}: self ${show(self)}, peers ${show(peer)}, others ${show(node.others)}, ${gap}${node.flag ? ` (${node.flag})` : ''}`,
  );
}

// Gaps: the self-assessment against "Strong" (3) everywhere; positive = short of it.
const self = scoreAssessment(hlm, assessments[0]);
const gaps = gapAnalysis(hlm, self, { level: 3 });
console.log(
  gaps.items
    .map((item) => `${item.title} ${item.gap > 0 ? `${item.gap} short` : 'met'}`)
    .join('; '),
);

// A class: one self-assessment per learner, scored, then summarised node by node (quartiles
// as R, NumPy and Excel's QUARTILE.INC; a missing rating is left out, never counted as zero).
const values = {
  'learner-1': 1,
  'learner-2': 3,
  'learner-3': 2,
  'learner-4': null,
  'learner-5': 4,
};
const reports = Object.entries(values).map(([learner, value]) =>
  scoreAssessment(hlm, {
    ...rate(learner, 'self', { 'holding-to-account': value }),
    subject: learner,
  }),
);
const cohort = summarizeCohort(hlm, reports);
const node = cohort.nodes.find((entry) => entry.nodeId === 'hlm:holding-to-account');
console.log(
  `${node.title}, class of ${cohort.learners}: n ${node.n}, median ${node.median}, quartiles ${node.q1} to ${node.q3}`,
);
