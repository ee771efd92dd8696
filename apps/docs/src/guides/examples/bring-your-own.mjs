import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assessableNodes, fromMoodleCsv, scoreAssessment } from '@medlead/core';
import { CompetencyWheel } from '@medlead/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

// A deanery's own framework, exported from Moodle (Site administration > Competencies >
// Export competency framework), scored and drawn by medlead.
// Usage: node bring-your-own.mjs <folder to write into>
const csv = readFileSync(new URL('./northfield-moodle.csv', import.meta.url), 'utf8');
const framework = fromMoodleCsv(csv, {
  id: 'northfield',
  edition: '2025',
  publisher: 'Northfield Deanery',
  year: 2025,
});
const rated = assessableNodes(framework);
console.log(`${framework.key}: ${framework.title}, ${rated.length} competencies`);
console.log(`scale: ${framework.scales[0].points.map((point) => point.label).join(', ')}`);

// A foundation doctor rates themself on four of the six.
const report = scoreAssessment(framework, {
  framework: framework.key,
  scale: framework.defaultScale,
  subject: 'fy1-17',
  rater: { id: 'fy1-17', role: 'self' },
  ratings: [
    { nodeId: 'northfield:nfd-1.1', value: 3 },
    { nodeId: 'northfield:nfd-1.2', value: 2 },
    { nodeId: 'northfield:nfd-2.1', value: 1 },
    { nodeId: 'northfield:nfd-2.3', value: 4 },
  ],
});
for (const score of report.nodes) {
  const indent = '  '.repeat(score.depth);
  const value = score.value === null ? 'not rated' : score.value.toFixed(1);
  console.log(
    `${indent}${score.code} ${score.title}: ${value}${score.level ? ` (${score.level.label})` : ''}`,
  );
}
console.log(`rated ${report.completeness.rated} of ${report.completeness.total}`);

// The wheel as a page with no script, and the framework as a JSON file for the embed page
// (?framework-src=) and the elements (src=).
const folder = process.argv[2] ?? '.';
const chart = renderToStaticMarkup(
  createElement(CompetencyWheel, { framework, report, defaultShowTable: true }),
);
const css = readFileSync(
  createRequire(import.meta.url).resolve('@medlead/react/styles.css'),
  'utf8',
);
writeFileSync(
  join(folder, 'northfield-wheel.html'),
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${framework.shortTitle}</title>\n<style>body{margin:0}${css}.medlead-table-toggle{display:none}</style>\n</head>\n<body>\n${chart}\n</body>\n</html>\n`,
);
writeFileSync(join(folder, 'northfield.json'), JSON.stringify(framework));
console.log('wrote northfield-wheel.html and northfield.json');
