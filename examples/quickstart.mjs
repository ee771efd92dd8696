import { getFramework, hlm, parseAssessment, searchNodes, walk } from '@medlead/core';

// Every framework edition: typed, versioned, sourced data.
const fmlm = getFramework('fmlm'); // the newest edition; 'fmlm@2016' names the older one
console.log(
  `${fmlm.title} (${fmlm.editionLabel}): ${fmlm.children.map((d) => d.title).join(', ')}`,
);

// Walk a framework depth-first, with codes and provenance.
for (const { node, depth } of walk(getFramework('mlcf')).slice(0, 5)) {
  console.log(`${'  '.repeat(depth)}${node.code} ${node.title} [${node.provenance}]`);
}

// Search, and see what the owners did not publish.
const [hit] = searchNodes(hlm, 'evaluating');
console.log(
  hit.node.title,
  hit.node.levels.map((level) => level.title ?? '(heading not known)'),
);

// Validate a self-assessment against its framework: bad input names the path and the problem.
try {
  parseAssessment(
    {
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      subject: 'learner-42',
      rater: { id: 'learner-42', role: 'self' },
      ratings: [{ nodeId: 'hlm:leading-with-care', value: 7 }],
    },
    { framework: hlm },
  );
} catch (error) {
  console.log(error.issues.map((issue) => `${issue.pathText}: ${issue.message}`));
}
