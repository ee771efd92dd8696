import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { frameworks, hlm, scoreAssessment } from '@medlead/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// The JSON Schema files shipped in the package, read by an independent validator (Ajv), accept
// every shipped framework and reject what the zod schemas reject in shape.
const require = createRequire(import.meta.url);
const load = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`@medlead/core/schemas/${name}.schema.json`), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateFramework = ajv.compile(load('framework'));
const validateAssessment = ajv.compile(load('assessment'));
const validateScoreReport = ajv.compile(load('score-report'));

describe('shipped JSON Schema', () => {
  it.each(frameworks.map((framework) => [framework.key, framework] as const))(
    'accepts %s',
    (_key, framework) => {
      const valid = validateFramework(JSON.parse(JSON.stringify(framework)));
      expect(validateFramework.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('rejects a framework with a bad provenance deep in the tree, naming where', () => {
    const copy = JSON.parse(JSON.stringify(hlm));
    copy.children[2].levels[0].provenance = 'official';
    expect(validateFramework(copy)).toBe(false);
    expect(validateFramework.errors?.[0]?.instancePath).toBe('/children/2/levels/0/provenance');
  });

  it('accepts a valid assessment and rejects one with a string value', () => {
    const assessment = {
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      subject: 's1',
      rater: { id: 'r1', role: 'peer' },
      ratings: [{ nodeId: 'hlm:leading-with-care', value: 2 }],
    };
    expect(validateAssessment(assessment)).toBe(true);
    expect(
      validateAssessment({
        ...assessment,
        ratings: [{ nodeId: 'hlm:leading-with-care', value: '2' }],
      }),
    ).toBe(false);
    expect(validateAssessment({ ...assessment, completedAt: 'yesterday' })).toBe(false);
  });

  it('accepts a real score report, so reports can be stored and checked in other languages', () => {
    const report = scoreAssessment(hlm, {
      framework: 'hlm@2013',
      scale: 'hlm:self-assessment',
      subject: 's1',
      rater: { id: 's1', role: 'self' },
      ratings: [{ nodeId: 'hlm:leading-with-care', value: 2 }],
    });
    expect(validateScoreReport(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(validateScoreReport({ ...report, nodes: 'none' })).toBe(false);
  });

  it('ships every framework and crosswalk as a JSON file that its own JSON Schema accepts', () => {
    const validateCrosswalk = ajv.compile(load('crosswalk'));
    const index = JSON.parse(
      readFileSync(require.resolve('@medlead/core/data/index.json'), 'utf8'),
    ) as {
      frameworks: { key: string; file: string }[];
      crosswalks: { id: string; file: string }[];
    };
    expect(index.frameworks.map((entry) => entry.key)).toEqual(
      frameworks.map((framework) => framework.key),
    );
    expect(index.crosswalks).toHaveLength(7);
    const read = (file: string) =>
      JSON.parse(readFileSync(require.resolve(`@medlead/core/data/${file}`), 'utf8'));
    for (const entry of index.frameworks) {
      const data = read(entry.file);
      expect(data.$schema).toBe('../../schemas/framework.schema.json');
      expect(validateFramework(data), JSON.stringify(validateFramework.errors)).toBe(true);
    }
    for (const entry of index.crosswalks) {
      expect(validateCrosswalk(read(entry.file)), JSON.stringify(validateCrosswalk.errors)).toBe(
        true,
      );
    }
  });
});
