import { describe, expect, it } from 'vitest';
import { crosswalks } from '../crosswalks/registry';
import { toCasePackage } from '../exports/case-package';
import { hostileFramework } from '../exports/hostile-framework.test-helper';
import { hlm2013 } from '../frameworks/hlm';
import { fromCasePackage } from '../imports/case-package';
import { walk } from '../navigation/navigate';
import { isDeeplyFrozen } from '../util/deep-freeze';
import {
  documentUnderInput,
  expectRefused,
  expectUnshared,
  hostileValues,
  markup,
  safeOutcome,
  sweepArguments,
  sweepOption,
} from './hostile.test-helper';

const baseUri = 'https://example.org/case';
const packageText = {
  '1.0': JSON.stringify(toCasePackage(hlm2013, { baseUri, crosswalks })),
  '1.1': JSON.stringify(toCasePackage(hlm2013, { baseUri, caseVersion: '1.1', crosswalks })),
};
/** A valid package as plain JSON data the caller owns, in CASE 1.0 or 1.1. */
const validPackage = (caseVersion: '1.0' | '1.1' = '1.0'): Record<string, unknown> =>
  JSON.parse(packageText[caseVersion]);

/** Sets `value` at a path of keys and indexes inside `target`. */
function setAt(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
) {
  let current = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string | number, unknown>;
  current[path[path.length - 1] as string | number] = value;
}

/** The JSON paths where a hostile value is put, each inside an otherwise valid package. */
const fields: readonly (readonly (string | number)[])[] = [
  ['CFDocument'],
  ['CFDocument', 'identifier'],
  ['CFDocument', 'title'],
  ['CFDocument', 'creator'],
  ['CFDocument', 'notes'],
  ['CFDocument', 'lastChangeDateTime'],
  ['CFDocument', 'officialSourceURL'],
  ['CFDocument', 'extensions'],
  ['CFItems'],
  ['CFItems', 0],
  ['CFItems', 0, 'identifier'],
  ['CFItems', 0, 'fullStatement'],
  ['CFItems', 0, 'humanCodingScheme'],
  ['CFItems', 0, 'listEnumeration'],
  ['CFItems', 0, 'CFItemType'],
  ['CFItems', 0, 'CFItemTypeURI'],
  ['CFItems', 0, 'notes'],
  ['CFAssociations'],
  ['CFAssociations', 0],
  ['CFAssociations', 0, 'associationType'],
  ['CFAssociations', 0, 'originNodeURI'],
  ['CFAssociations', 0, 'destinationNodeURI'],
  ['CFAssociations', 0, 'sequenceNumber'],
  ['CFDefinitions'],
  ['CFRubrics'],
  ['CFRubrics', 0, 'description'],
  ['CFRubrics', 0, 'CFRubricCriteria'],
  ['CFRubrics', 0, 'CFRubricCriteria', 0, 'CFRubricCriterionLevels', 0, 'score'],
];

const pathText = (path: readonly (string | number)[]) =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');

describe('fromCasePackage', () => {
  it('survives every hostile argument', () => {
    const totals = sweepArguments(documentUnderInput(fromCasePackage), [
      ['input', () => validPackage()],
      ['options', () => ({ id: 'north', edition: '2026' })],
    ]);
    expect(totals.calls).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });

  it('survives every hostile option', () => {
    const run = (options: unknown) => fromCasePackage(validPackage(), options as never);
    let refused = 0;
    for (const name of ['id', 'edition', 'title', 'publisher', 'year', 'sourceUrl']) {
      const totals = sweepOption(run, name);
      expect(totals.calls).toBeGreaterThan(0);
      refused += totals.refused;
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('survives a hostile value in every field it reads, naming the field when it refuses', () => {
    let refused = 0;
    for (const caseVersion of ['1.0', '1.1'] as const) {
      for (const path of fields) {
        for (const [valueName, make] of hostileValues) {
          const input = validPackage(caseVersion);
          setAt(input, path, make());
          const outcome = safeOutcome(() => fromCasePackage(input));
          if (!('refused' in outcome)) continue;
          refused += 1;
          const named = outcome.refused.issues.some(
            (issue) =>
              issue.pathText.startsWith(pathText(path)) ||
              // A throwing getter or Proxy is reported where reading stopped: the package.
              issue.pathText === '(root)' ||
              // A broken parent or child leaves the other end of its association unplaced.
              /^CF(Items|Associations)\[\d+\]/.test(issue.pathText),
          );
          expect(
            named,
            `${pathText(path)} as ${valueName}: ${outcome.refused.issues.map((issue) => issue.pathText).join(', ')}`,
          ).toBe(true);
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('refuses what is neither a package nor its JSON text, at the root', () => {
    expectRefused(() => fromCasePackage(null), '(root)', /must be a CASE package/);
    expectRefused(() => fromCasePackage([]), '(root)', /not a list/);
    expectRefused(() => fromCasePackage(new Map()), '(root)', /not a Map/);
    expectRefused(() => fromCasePackage(markup), '(root)', /not valid JSON text/);
    expectRefused(() => fromCasePackage('"a string"'), '(root)', /must be an object/);
    expectRefused(() => fromCasePackage('{}'), 'CFDocument', /is missing/);
    // JSON nested far deeper than any engine's parser allows to recurse.
    expectRefused(() => fromCasePackage(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), '(root)');
  });

  it('ignores __proto__ keys everywhere and pollutes nothing', () => {
    const input = validPackage('1.1');
    const text = JSON.stringify(input)
      .replaceAll(
        '"extensions":{"medlead":{',
        '"extensions":{"__proto__":{"polluted":1},"medlead":{"__proto__":{"polluted":1},',
      )
      .replace('"terms":{', '"terms":{"__proto__":{"singular":"x","plural":"y"},');
    const outcome = safeOutcome(() => fromCasePackage(text));
    expect('result' in outcome).toBe(true);
    expect(safeOutcome(() => fromCasePackage(JSON.parse(text)))).toEqual(outcome);
  });

  it('refuses an isChildOf chain 700 items deep and a cycle, never returning part of a tree', () => {
    const input = validPackage() as {
      CFItems: Record<string, unknown>[];
      CFAssociations: Record<string, unknown>[];
      CFDocument: { identifier: string };
    };
    const [item] = input.CFItems;
    const [association] = input.CFAssociations;
    for (let n = 0; n < 700; n++) {
      input.CFItems.push({ ...item, identifier: `deep-${n}` });
      input.CFAssociations.push({
        ...association,
        identifier: `deep-link-${n}`,
        originNodeURI: { title: 't', identifier: `deep-${n}`, uri: baseUri },
        destinationNodeURI: {
          title: 't',
          identifier: n === 0 ? input.CFDocument.identifier : `deep-${n - 1}`,
          uri: baseUri,
        },
      });
    }
    expectRefused(() => fromCasePackage(input), 'CFItems', /33 levels deep/);
    const cyclic = validPackage() as {
      CFAssociations: { destinationNodeURI: { identifier: string } }[];
      CFItems: { identifier: string }[];
    };
    const first = cyclic.CFAssociations[0];
    if (first === undefined) throw new Error('needs an association');
    first.destinationNodeURI.identifier = cyclic.CFItems[0]?.identifier ?? '';
    expectRefused(
      () => fromCasePackage(cyclic),
      'CFAssociations[0].destinationNodeURI.identifier',
      /itself/,
    );
  });

  it('keeps markup as text and runs none of it', () => {
    const input = validPackage() as { CFItems: { fullStatement: string }[] };
    (input.CFItems[0] as { fullStatement: string }).fullStatement = markup;
    const outcome = safeOutcome(() => fromCasePackage(input));
    expect('result' in outcome && walk(outcome.result as never)[0]?.node.title).toBe(markup.trim());
  });

  it('keeps a hostile framework’s text through a round trip', () => {
    const imported = fromCasePackage(toCasePackage(hostileFramework, { baseUri }));
    expect(walk(imported).map(({ node }) => node.title)).toEqual(
      walk(hostileFramework).map(({ node }) => node.title),
    );
  });

  it('gives a deeply frozen framework a caller cannot change, and keeps nothing of the input', () => {
    const input = validPackage();
    const make = () => fromCasePackage(input);
    expect(isDeeplyFrozen(make())).toBe(true);
    expectUnshared(make);
    const [item] = input.CFItems as { fullStatement: string }[];
    if (item === undefined) throw new Error('needs an item');
    item.fullStatement = 'changed afterwards';
    expect(walk(make())[0]?.node.title).toBe('changed afterwards');
    expect(walk(fromCasePackage(validPackage()))[0]?.node.title).toBe(hlm2013.children[0]?.title);
  });
});
