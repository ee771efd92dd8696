import { frameworks, walk } from '@medlead/core';

// Where every piece of text comes from, framework by framework: titles and codes as the owner
// published them, summaries in our words, and statements we wrote where the owner's are not
// available to us, with the uncertain ones marked.
const tally = (items) => {
  const counts = {};
  for (const item of items) counts[item.provenance] = (counts[item.provenance] ?? 0) + 1;
  return Object.entries(counts)
    .map(([provenance, count]) => `${count} ${provenance}`)
    .join(', ');
};

for (const framework of frameworks) {
  const nodes = walk(framework).map((entry) => entry.node);
  const summaries = nodes.map((node) => node.summary);
  const headings = nodes.flatMap((node) => node.levels ?? []);
  const statements = nodes.flatMap((node) => node.indicators ?? []);
  const parts = [
    `titles ${tally(nodes)}`,
    `summaries ${tally(summaries)}`,
    ...(headings.length > 0 ? [`level headings ${tally(headings)}`] : []),
    ...(statements.length > 0 ? [`statements ${tally(statements)}`] : []),
  ];
  const uncertain = [nodes, summaries, headings, statements]
    .flat()
    .filter((item) => item.uncertain);
  console.log(
    `${framework.key}: ${parts.join('; ')}; ${uncertain.length} marked uncertain; ${framework.sources.length} sources`,
  );
}

// Show it in your own UI: a node's title and its provenance, and its uncertainty in words.
const [node] = walk(frameworks.find((framework) => framework.key === 'ama@2020')).map(
  (entry) => entry.node,
);
console.log(
  `${node.title} [${node.provenance}]${node.uncertain ? ` uncertain: ${node.uncertain}` : ''}`,
);
