import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CasePackage,
  type CaseVersion,
  crosswalks,
  type Framework,
  frameworks,
  parseFramework,
  toCasePackage,
} from '@medlead/core';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

// Every edition's CASE package, with and without its crosswalks, read by an independent
// validator (Ajv) against the official definitions kept beside this file (see README.md): CASE
// 1.0 against the 1EdTech CASE 1.0 `CFPackage.Type` and OpenSALT's import schema, CASE 1.1
// against the official 1EdTech CASE 1.1 CFPackage JSON Schema.
const here = dirname(fileURLToPath(import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(join(here, file), 'utf8'));

/** The Swagger file's `int32` and `float`, which JSON Schema itself does not define. */
function addSwaggerFormats(ajv: Ajv): void {
  ajv.addFormat('int32', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31,
  });
  ajv.addFormat('float', { type: 'number', validate: (value: number) => Number.isFinite(value) });
}

const draft07 = new Ajv({ allErrors: true, strict: false });
addFormats.default(draft07);
addSwaggerFormats(draft07);
const swagger = read('case-v1p0-swagger.json');
const validate10 = draft07.compile({
  $ref: '#/definitions/CFPackage.Type',
  definitions: swagger.definitions,
});
const validateOpenSalt = draft07.compile(read('opensalt-case-v1p0-cfpackage-schema.json'));

const draft2019 = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(draft2019);
const official11 = read('case-v1p1-cfpackage-official.json');
// Ajv knows the draft 2019-09 meta-schema by its id without the empty fragment the file writes.
const validate11 = draft2019.compile({
  ...official11,
  $schema: 'https://json-schema.org/draft/2019-09/schema',
});

const baseUri = 'https://case.example.org/uri';
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function expectValid(validate: ValidateFunction, casePackage: CasePackage): void {
  const valid = validate(asJson(casePackage));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const editions = frameworks.map((framework) => [framework.key, framework] as const);
const withOwnCrosswalks = (framework: Framework) =>
  crosswalks.filter((crosswalk) => crosswalk.from === framework.key);

describe('CASE 1.0 packages', () => {
  it.each(editions)('%s validates against the official 1.0 CFPackage.Type', (_key, framework) => {
    expectValid(validate10, toCasePackage(framework, { baseUri }));
    expectValid(validate10, toCasePackage(framework, { baseUri, crosswalks }));
  });

  it.each(editions)('%s validates against OpenSALT’s import schema', (_key, framework) => {
    expectValid(validateOpenSalt, toCasePackage(framework, { baseUri }));
    expectValid(validateOpenSalt, toCasePackage(framework, { baseUri, crosswalks }));
  });

  it('really is checked: the properties 1.0 does not define are refused', () => {
    const casePackage = asJson(toCasePackage(frameworks[0] as Framework, { baseUri, crosswalks }));
    const broken = casePackage as {
      CFDocument: Record<string, unknown>;
      CFAssociations: Record<string, unknown>[];
    };
    broken.CFDocument.CFPackageURI = { title: 't', identifier: 'x', uri: baseUri };
    (broken.CFAssociations[0] as Record<string, unknown>).notes = 'a note';
    expect(validate10(broken)).toBe(false);
    expect(validate10.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/CFDocument', '/CFAssociations/0']),
    );
  });
});

describe('CASE 1.1 packages', () => {
  const options = (framework: Framework, withCrosswalks: boolean) => ({
    baseUri,
    caseVersion: '1.1' as CaseVersion,
    ...(withCrosswalks ? { crosswalks: withOwnCrosswalks(framework) } : {}),
  });

  it.each(editions)(
    '%s validates against the official 1EdTech CASE 1.1 JSON Schema',
    (_key, framework) => {
      expectValid(validate11, toCasePackage(framework, options(framework, false)));
      const withLinks = toCasePackage(framework, options(framework, true));
      expectValid(validate11, withLinks);
      expect(withLinks.CFDocument.caseVersion).toBe('1.1');
    },
  );

  it('really is checked: a caseVersion other than "1.1" is refused', () => {
    const casePackage = asJson(
      toCasePackage(frameworks[1] as Framework, options(frameworks[1] as Framework, true)),
    ) as {
      CFDocument: Record<string, unknown>;
    };
    casePackage.CFDocument.caseVersion = '1.0';
    expect(validate11(casePackage)).toBe(false);
  });
});

describe('a framework whose every field is too long or hostile', () => {
  const long = (text: string, length: number) => text.repeat(Math.ceil(length / text.length));
  const framework = parseFramework({
    id: 'long',
    edition: '2024',
    key: 'long@2024',
    version: `1.0.0-${long('a', 60)}`,
    title: long('A very long title, "quoted" <b>and</b> more. ', 200).trim(),
    shortTitle: 'Long',
    publisher: long('A publisher with a long name. ', 400).trim(),
    year: 2024,
    status: 'current',
    summary: { text: long('One sentence of the summary. ', 900).trim(), provenance: 'editorial' },
    sources: [{ title: 'Source', publisher: 'Us', url: `https://example.org/${long('a', 400)}` }],
    rights: 'Ours.',
    terms: { skill: { singular: long('skill ', 300).trim(), plural: 'skills' } },
    assessedKind: 'skill',
    scales: [],
    defaultScale: 'agreement-5',
    children: [
      {
        id: 'long:1',
        code: long('1.', 100),
        kind: 'skill',
        title: long('A long title ', 5000).trim(),
        provenance: 'editorial',
        summary: { text: 'Summary.', provenance: 'editorial' },
      },
    ],
  });

  it.each(['1.0', '1.1'] as const)('still validates in CASE %s', (caseVersion) => {
    const casePackage = toCasePackage(framework, { baseUri, caseVersion });
    expectValid(caseVersion === '1.0' ? validate10 : validate11, casePackage);
    if (caseVersion === '1.0') expectValid(validateOpenSalt, casePackage);
  });
});
