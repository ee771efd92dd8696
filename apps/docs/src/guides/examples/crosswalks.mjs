import {
  coverage,
  getCrosswalk,
  getNode,
  hlm,
  mlcf,
  projectScores,
  toCanvasOutcomesCsv,
  toMoodleCsv,
} from '@medlead/core';

// The curriculum question: "my course covers MLCF 2.4 Working within Teams and 4.1 Ensuring
// Patient Safety: which HLM dimensions does it touch, and how much?"
const mlcfToHlm = getCrosswalk('mlcf@2010', 'hlm@2013');
const course = coverage(['mlcf:2.4', 'mlcf:4.1'], mlcfToHlm);
for (const target of course.covered) {
  const links = target.links
    .map((link) => `${link.from} ${link.relation} ${link.weight}`)
    .join(', ');
  console.log(
    `${getNode(hlm, target.nodeId).title}: ${Math.round(target.share * 100)}% (${links})`,
  );
}
console.log(
  `not reached: ${course.notCovered.length} of ${course.covered.length + course.notCovered.length} dimensions`,
);

// A whole domain stands for the elements under it.
console.log(`domain 5 reaches ${coverage(['mlcf:5'], mlcfToHlm).covered.length} dimensions`);

// The other way round: getCrosswalk inverts the stored crosswalk (broad and narrow swap).
const hlmToMlcf = getCrosswalk('hlm@2013', 'mlcf@2010');
const link = hlmToMlcf.links.find((entry) => entry.to === 'mlcf:2.4');
console.log(`${link.from} ${link.relation} ${link.to} (${link.provenance})`);

// Carry scores across: MLCF ratings (1–5) become estimates on the HLM's 0–4 scale. Every shipped
// link is editorial, so label projected figures as estimates.
const projected = projectScores({ 'mlcf:2.4': 5, 'mlcf:4.1': 4, 'mlcf:2.2': 3 }, mlcfToHlm);
for (const node of projected.nodes.filter((entry) => entry.value !== null)) {
  console.log(
    `${getNode(hlm, node.nodeId).title}: about ${node.value.toFixed(1)} on ${projected.scale} (${Math.round(node.coverage * 100)}% of its links had a value)`,
  );
}

// Take a framework into the LMS's own competency tools: Moodle's "Import competency framework"
// (Site administration > Competencies) and Canvas's outcomes import read these CSV files.
const moodle = toMoodleCsv(mlcf);
const canvas = toCanvasOutcomesCsv(hlm);
console.log(
  `Moodle CSV: ${moodle.trim().split('\n').length} lines; Canvas CSV: ${canvas.trim().split('\n').length} lines`,
);
