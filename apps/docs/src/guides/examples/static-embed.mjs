import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hlm, scoreAssessment } from '@medlead/core';
import { CompetencyWheel } from '@medlead/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

// A chart with no script at all: render it to one self-contained HTML page (the stylesheet
// inlined), host it anywhere, and put it in an <iframe> in Moodle, Canvas or WordPress.
// Usage: node static-embed.mjs wheel.html
const report = scoreAssessment(hlm, {
  framework: 'hlm@2013',
  scale: 'hlm:self-assessment',
  subject: 'learner-42',
  rater: { id: 'learner-42', role: 'self' },
  ratings: [
    { nodeId: 'hlm:inspiring-shared-purpose', value: 3 },
    { nodeId: 'hlm:leading-with-care', value: 4 },
    { nodeId: 'hlm:evaluating-information', value: 2 },
    { nodeId: 'hlm:engaging-the-team', value: 3 },
  ],
});

// With no script on the page the table button cannot work: the table is shown from the start
// and the button hidden (the last rule in <style> below).
const chart = renderToStaticMarkup(
  createElement(CompetencyWheel, { framework: hlm, report, defaultShowTable: true }),
);
const css = readFileSync(
  createRequire(import.meta.url).resolve('@medlead/react/styles.css'),
  'utf8',
);
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hlm.shortTitle}: self-assessment</title>
<style>body{margin:0}${css}.medlead-table-toggle{display:none}</style>
</head>
<body>
${chart}
</body>
</html>
`;
const out = process.argv[2] ?? 'wheel.html';
writeFileSync(out, page);
console.log(`wrote ${out} (${Math.round(page.length / 1024)} KB)`);
