// Writes, from the built package, a JSON Schema file for each public schema into dist/schemas,
// so the JSON Schema can never disagree with the zod schemas (and so the types).
import { mkdir, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import * as core from '../dist/index.mjs';

const outDir = new URL('../dist/schemas/', import.meta.url);
const { version } = JSON.parse(
  await import('node:fs/promises').then((fs) =>
    fs.readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ),
);

const schemas = {
  framework: core.FrameworkSchema,
  'framework-node': core.FrameworkNodeSchema,
  'rating-scale': core.RatingScaleSchema,
  source: core.SourceSchema,
  stage: core.StageSchema,
  provenance: core.ProvenanceSchema,
  assessment: core.AssessmentSchema,
  crosswalk: core.CrosswalkSchema,
  'score-report': core.ScoreReportSchema,
};

// Name the shared parts, so $defs read "FrameworkNode" rather than "__schema0".
const registry = z.registry();
registry.add(core.FrameworkNodeSchema, { id: 'FrameworkNode' });
registry.add(core.RatingScaleSchema, { id: 'RatingScale' });
registry.add(core.SourceSchema, { id: 'Source' });
registry.add(core.StatementSchema, { id: 'Statement' });
registry.add(core.ProvenanceSchema, { id: 'Provenance' });

await mkdir(outDir, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const jsonSchema = {
    $id: `https://unpkg.com/@medlead/core@${version}/dist/schemas/${name}.schema.json`,
    ...z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      metadata: registry,
      // Named parts become $defs; a recursive reference points at them.
      cycles: 'ref',
    }),
  };
  await writeFile(
    new URL(`${name}.schema.json`, outDir),
    `${JSON.stringify(jsonSchema, null, 2)}\n`,
  );
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schema files to dist/schemas`);

// The definitions and crosswalks themselves as plain JSON, for users in other languages: one file
// each, pointing at its JSON Schema, and an index of them all.
const dataDir = new URL('../dist/data/', import.meta.url);
await mkdir(new URL('frameworks/', dataDir), { recursive: true });
await mkdir(new URL('crosswalks/', dataDir), { recursive: true });
const fileName = (key) => key.replace('@', '-');
const index = { frameworks: [], crosswalks: [] };
for (const framework of core.frameworks) {
  const file = `frameworks/${fileName(framework.key)}.json`;
  const data = { $schema: '../../schemas/framework.schema.json', ...framework };
  await writeFile(new URL(file, dataDir), `${JSON.stringify(data, null, 2)}\n`);
  index.frameworks.push({
    key: framework.key,
    title: framework.title,
    version: framework.version,
    file,
  });
}
for (const crosswalk of core.crosswalks ?? []) {
  const file = `crosswalks/${crosswalk.id}.json`;
  const data = { $schema: '../../schemas/crosswalk.schema.json', ...crosswalk };
  await writeFile(new URL(file, dataDir), `${JSON.stringify(data, null, 2)}\n`);
  index.crosswalks.push({
    id: crosswalk.id,
    from: crosswalk.from,
    to: crosswalk.to,
    version: crosswalk.version,
    file,
  });
}
await writeFile(new URL('index.json', dataDir), `${JSON.stringify(index, null, 2)}\n`);
console.log(
  `wrote ${index.frameworks.length} frameworks and ${index.crosswalks.length} crosswalks as JSON to dist/data`,
);
