import { describe, expect, it } from 'vitest';
import { projectScores } from '../crosswalks/index';
import { crosswalks } from '../crosswalks/registry';
import { toCasePackage } from '../exports/case-package';
import type { CaseVersion } from '../exports/case-types';
import { hostileFramework } from '../exports/hostile-framework.test-helper';
import { mlcf2010 } from '../frameworks/mlcf';
import { frameworks } from '../frameworks/registry';
import type { Framework } from '../model/types';
import { assessableNodes, walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { scoreAssessment } from '../scoring/index';
import { MedleadValidationError } from '../validation/errors';
import { parseFramework } from '../validation/parse';
import { fromCasePackage } from './case-package';

const baseUri = 'https://case.example.org/uri';
const versions: readonly CaseVersion[] = ['1.0', '1.1'];

/** What a round trip must keep: every node's id, code, title, kind and place, in order. */
const shapeOf = (framework: Framework) =>
  walk(framework).map(({ node, parent, depth }) => ({
    id: node.id,
    code: node.code,
    title: node.title,
    kind: node.kind,
    parent: parent?.id ?? null,
    depth,
  }));

const scaleOf = (framework: Framework) => {
  const scale = findScale(framework, framework.defaultScale);
  return scale && { id: scale.id, title: scale.title, points: scale.points };
};

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'fromCasePackage(toCasePackage(%s))',
  (_key, framework) => {
    it.each(versions)(
      'keeps ids, codes, titles, order, hierarchy and scale in CASE %s',
      (caseVersion) => {
        const casePackage = toCasePackage(framework, { baseUri, caseVersion, crosswalks });
        const imported = fromCasePackage(casePackage);
        expect(imported.key).toBe(framework.key);
        expect(imported.title).toBe(framework.title);
        expect(imported.publisher).toBe(framework.publisher);
        expect(imported.year).toBe(framework.year);
        expect(imported.version).toBe(framework.version);
        expect(shapeOf(imported)).toEqual(shapeOf(framework));
        expect(imported.assessedKind).toBe(framework.assessedKind);
        expect(imported.defaultScale).toBe(framework.defaultScale);
        expect(scaleOf(imported)).toEqual(scaleOf(framework));
        expect(imported.scales.map((scale) => scale.id).sort()).toEqual(
          framework.scales.map((scale) => scale.id).sort(),
        );
        for (const scale of framework.scales) {
          expect(findScale(imported, scale.id)?.points).toEqual(scale.points);
          expect(findScale(imported, scale.id)?.measures).toBe(scale.measures);
        }
        for (const [kind, term] of Object.entries(framework.terms)) {
          if (walk(framework).some(({ node }) => node.kind === kind)) {
            expect(imported.terms[kind]?.singular).toBe(term.singular);
          }
        }
      },
    );

    it('reads the JSON text (with or without a byte-order mark) as it reads the object', () => {
      const casePackage = toCasePackage(framework, { baseUri });
      expect(fromCasePackage(JSON.stringify(casePackage))).toEqual(fromCasePackage(casePackage));
      expect(fromCasePackage(`\uFEFF${JSON.stringify(casePackage)}`)).toEqual(
        fromCasePackage(casePackage),
      );
    });

    it('gives a framework every scoring function and crosswalk helper accepts', () => {
      const imported = fromCasePackage(toCasePackage(framework, { baseUri }));
      const rated = assessableNodes(imported)[0];
      const scale = findScale(imported, imported.defaultScale);
      if (rated === undefined || scale === undefined) throw new Error('needs a rated node');
      const report = scoreAssessment(imported, {
        framework: imported.key,
        scale: scale.id,
        subject: 's1',
        rater: { id: 's1', role: 'self' },
        ratings: [{ nodeId: rated.id, value: scale.points[0]?.value ?? 0 }],
      });
      expect(report.framework).toBe(framework.key);
      const outgoing = crosswalks.find((crosswalk) => crosswalk.from === framework.key);
      if (outgoing !== undefined) {
        expect(projectScores({ [rated.id]: scale.points[0]?.value ?? 0 }, outgoing)).toBeDefined();
      }
    });

    it('says the text is the publisher’s own and where it was imported from', () => {
      const imported = fromCasePackage(toCasePackage(framework, { baseUri, caseVersion: '1.1' }));
      expect(imported.sources[0]?.title).toContain('imported from a 1EdTech CASE 1.1 package');
      expect(imported.rights).toContain(framework.publisher);
      expect(walk(imported).every(({ node }) => node.provenance === 'published')).toBe(true);
    });
  },
);

describe('fromCasePackage round trips', () => {
  it('keeps a hostile framework’s text and its two scales', () => {
    for (const caseVersion of versions) {
      const imported = fromCasePackage(toCasePackage(hostileFramework, { baseUri, caseVersion }));
      expect(shapeOf(imported)).toEqual(shapeOf(hostileFramework));
      expect(scaleOf(imported)).toEqual(scaleOf(hostileFramework));
      expect(imported.terms.skill?.singular).toBe('skill, "quoted"');
    }
  });

  it('keeps a code too long for CASE’s humanCodingScheme in 1.1 (and drops it in 1.0)', () => {
    const code = '1.'.repeat(50);
    const long = parseFramework({
      ...structuredClone(mlcf2010),
      children: [{ ...structuredClone(mlcf2010.children[0]), code }],
      stages: undefined,
    });
    const in11 = fromCasePackage(toCasePackage(long, { baseUri, caseVersion: '1.1' }));
    expect(in11.children[0]?.code).toBe(code);
    const in10 = fromCasePackage(toCasePackage(long, { baseUri }));
    expect(in10.children[0]?.code).toBeUndefined();
    expect(in10.children[0]?.id).toBe('mlcf:1');
  });

  it('lets options override the file: a deanery names the framework its own way', () => {
    const imported = fromCasePackage(toCasePackage(mlcf2010, { baseUri }), {
      id: 'north-deanery',
      edition: '2026',
      title: 'North Deanery leadership framework',
      publisher: 'North Deanery',
      year: 2026,
      sourceUrl: 'https://north.example.org/framework.json',
    });
    expect(imported.key).toBe('north-deanery@2026');
    expect(imported.shortTitle).toBe('North Deanery leadership framework');
    expect(imported.publisher).toBe('North Deanery');
    expect(imported.sources[0]?.url).toBe('https://north.example.org/framework.json');
    // Node ids follow the new family: from the code where there is one.
    expect(walk(imported)[1]?.node.id).toBe('north-deanery:1.1');
  });
});

/** A small CASE 1.0 package as another server (OpenSALT) writes it, in a shuffled order. */
function foreignPackage() {
  const doc = 'c0000000-0000-4000-8000-000000000000';
  const item = (n: number, extra: Record<string, unknown> = {}) => ({
    identifier: `c0000000-0000-4000-8000-00000000000${n}`,
    uri: `https://salt.example.org/uri/${n}`,
    fullStatement: `Statement ${n}`,
    lastChangeDateTime: '2019-05-01T10:00:00+00:00',
    CFDocumentURI: { title: 'Doc', identifier: doc, uri: 'https://salt.example.org/uri/doc' },
    ...extra,
  });
  const childOf = (n: number, child: number, parent: number | 'doc', sequenceNumber?: number) => ({
    identifier: `a0000000-0000-4000-8000-00000000000${n}`,
    uri: `https://salt.example.org/uri/a${n}`,
    associationType: 'isChildOf',
    originNodeURI: { title: '', identifier: item(child).identifier, uri: '' },
    destinationNodeURI: {
      title: '',
      identifier: parent === 'doc' ? doc : item(parent).identifier,
      uri: '',
    },
    ...(sequenceNumber === undefined ? {} : { sequenceNumber }),
    lastChangeDateTime: '2019-05-01T10:00:00+00:00',
  });
  return {
    CFDocument: {
      identifier: doc,
      uri: 'https://salt.example.org/uri/doc',
      creator: 'Northern School of Medicine',
      title: 'Clinical Leadership Outcomes',
      lastChangeDateTime: '2019-05-01T10:00:00+00:00',
      officialSourceURL: 'https://school.example.org/outcomes',
      description: 'Outcomes for clinical leadership.',
      CFPackageURI: { title: 'Doc', identifier: doc, uri: 'https://salt.example.org/uri/doc' },
    },
    CFItems: [
      item(3, { humanCodingScheme: 'A.10', listEnumeration: '10', CFItemType: 'Outcome' }),
      item(1, { humanCodingScheme: 'A', CFItemType: 'Domain' }),
      item(2, { humanCodingScheme: 'A.2', listEnumeration: '2', CFItemType: 'Outcome' }),
      item(4, {
        fullStatement: `Works with others to ${'improve services '.repeat(8)}`,
        abbreviatedStatement: 'Improving services',
        CFItemType: 'Outcome',
      }),
      item(5, { humanCodingScheme: 'B', CFItemType: 'Domain' }),
    ],
    CFAssociations: [
      childOf(1, 3, 1),
      childOf(2, 2, 1),
      childOf(3, 5, 'doc', 2),
      childOf(4, 1, 'doc', 1),
      childOf(5, 4, 5),
      {
        ...childOf(6, 2, 5),
        associationType: 'exactMatchOf',
      },
    ],
    CFDefinitions: [],
    CFRubrics: [
      {
        identifier: 'b0000000-0000-4000-8000-000000000001',
        uri: 'https://salt.example.org/uri/r1',
        title: 'Performance',
        lastChangeDateTime: '2019-05-01T10:00:00+00:00',
        CFRubricCriteria: [
          {
            identifier: 'b0000000-0000-4000-8000-000000000002',
            uri: 'https://salt.example.org/uri/r2',
            CFItemURI: { title: '', identifier: item(2).identifier, uri: '' },
            lastChangeDateTime: '2019-05-01T10:00:00+00:00',
            CFRubricCriterionLevels: [3, 1, 2].map((score) => ({
              identifier: `b0000000-0000-4000-8000-00000000001${score}`,
              uri: `https://salt.example.org/uri/l${score}`,
              quality: ['Emerging', 'Developing', 'Secure'][score - 1],
              description: `Level ${score} in words.`,
              score,
              lastChangeDateTime: '2019-05-01T10:00:00+00:00',
            })),
          },
        ],
      },
    ],
  };
}

describe('fromCasePackage on a package from another server', () => {
  const imported = fromCasePackage(foreignPackage());

  it('builds the tree from isChildOf: sequenceNumber, then listEnumeration (2 before 10), then file order', () => {
    expect(walk(imported).map(({ node, depth }) => `${depth}:${node.code ?? node.title}`)).toEqual([
      '0:A',
      '1:A.2',
      '1:A.10',
      '0:B',
      '1:Improving services',
    ]);
  });

  it('takes the family id from the title, the year from the last change, the owner from the creator', () => {
    expect(imported.key).toBe('clinical-leadership-outcomes@2019');
    expect(imported.publisher).toBe('Northern School of Medicine');
    expect(imported.sources[0]?.url).toBe('https://school.example.org/outcomes');
    expect(imported.summary.text).toBe('Outcomes for clinical leadership.');
  });

  it('titles an item by its abbreviated statement when the full one is a long sentence', () => {
    const node = walk(imported).find(({ node }) => node.title === 'Improving services')?.node;
    expect(node?.summary.text).toMatch(/^Works with others to improve services/);
  });

  it('makes kinds of the item types, and rates the kind the rubric’s criteria name', () => {
    expect(imported.terms).toEqual({
      domain: { singular: 'Domain', plural: 'Domains' },
      outcome: { singular: 'Outcome', plural: 'Outcomes' },
    });
    expect(imported.assessedKind).toBe('outcome');
  });

  it('reads the rubric as the rating scale, its levels by score', () => {
    const scale = findScale(imported, imported.defaultScale);
    expect(scale?.id).toBe('clinical-leadership-outcomes:performance');
    expect(scale?.points).toEqual([
      { value: 1, label: 'Emerging', summary: 'Level 1 in words.' },
      { value: 2, label: 'Developing', summary: 'Level 2 in words.' },
      { value: 3, label: 'Secure', summary: 'Level 3 in words.' },
    ]);
  });

  it('rates on agreement-5 when the package has no rubric, and derives ids from codes', () => {
    const { CFRubrics: _, ...noRubrics } = foreignPackage();
    const plain = fromCasePackage(noRubrics);
    expect(plain.defaultScale).toBe('agreement-5');
    expect(plain.scales).toEqual([]);
    expect(walk(plain).map(({ node }) => node.id)).toEqual([
      'clinical-leadership-outcomes:a',
      'clinical-leadership-outcomes:a.2',
      'clinical-leadership-outcomes:a.10',
      'clinical-leadership-outcomes:b',
      'clinical-leadership-outcomes:improving-services',
    ]);
  });
});

describe('fromCasePackage on a large package', () => {
  it('imports 5,000 competencies whole, in order', () => {
    const large = largeFramework(50, 99);
    const imported = fromCasePackage(toCasePackage(large, { baseUri }));
    expect(walk(imported)).toHaveLength(5_000);
    expect(shapeOf(imported)).toEqual(shapeOf(large));
  });
});

/** A framework of `domains` domains of `each` competencies, for size checks. */
function largeFramework(domains: number, each: number): Framework {
  const statement = { text: 'A generated node.', provenance: 'editorial' } as const;
  return parseFramework({
    id: 'large',
    edition: '1',
    key: 'large@1',
    version: '1.0.0',
    title: 'A large framework',
    shortTitle: 'Large',
    publisher: 'medlead tests',
    year: 2026,
    status: 'current',
    summary: statement,
    sources: [{ title: 'Generated', publisher: 'medlead tests' }],
    rights: 'None.',
    terms: {
      domain: { singular: 'domain', plural: 'domains' },
      competency: { singular: 'competency', plural: 'competencies' },
    },
    assessedKind: 'competency',
    scales: [],
    defaultScale: 'agreement-5',
    children: Array.from({ length: domains }, (_, d) => ({
      id: `large:${d + 1}`,
      code: `${d + 1}`,
      kind: 'domain',
      title: `Domain ${d + 1}`,
      summary: statement,
      provenance: 'editorial',
      children: Array.from({ length: each }, (_, c) => ({
        id: `large:${d + 1}.${c + 1}`,
        code: `${d + 1}.${c + 1}`,
        kind: 'competency',
        title: `Competency ${d + 1}.${c + 1}`,
        summary: statement,
        provenance: 'editorial',
      })),
    })),
  });
}

describe('fromCasePackage refuses a malformed package whole', () => {
  type Change = (casePackage: ReturnType<typeof foreignPackage>) => unknown;
  const cases: readonly (readonly [string, Change, string, RegExp])[] = [
    ['no document', ({ CFDocument: _, ...rest }) => rest, 'CFDocument', /is missing/],
    [
      'a list for a package',
      () => [],
      '(root)',
      /must be a CASE package \(an object, or its JSON text\), not a list/,
    ],
    [
      'an item without a full statement',
      (p) => {
        delete (p.CFItems[3] as { fullStatement?: string }).fullStatement;
        return p;
      },
      'CFItems[3].fullStatement',
      /is missing/,
    ],
    [
      'a number for a code',
      (p) => {
        Object.assign(p.CFItems[0] as object, { humanCodingScheme: 5 });
        return p;
      },
      'CFItems[0].humanCodingScheme',
      /must be a string, not the number 5/,
    ],
    [
      'two items with one identifier',
      (p) => {
        Object.assign(p.CFItems[4] as object, { identifier: p.CFItems[0]?.identifier });
        return p;
      },
      'CFItems[4].identifier',
      /also the identifier of CFItems\[0\]/,
    ],
    [
      'an isChildOf from nothing',
      (p) => {
        Object.assign(p.CFAssociations[0]?.originNodeURI as object, { identifier: 'nobody' });
        return p;
      },
      'CFAssociations[0].originNodeURI.identifier',
      /names no item/,
    ],
    [
      'an isChildOf to nothing',
      (p) => {
        Object.assign(p.CFAssociations[0]?.destinationNodeURI as object, {
          identifier: 'elsewhere',
        });
        return p;
      },
      'CFAssociations[0].destinationNodeURI.identifier',
      /names neither the document nor an item/,
    ],
    [
      'an item with two parents',
      (p) => {
        Object.assign(p.CFAssociations[5] as object, { associationType: 'isChildOf' });
        return p;
      },
      'CFAssociations[5].originNodeURI.identifier',
      /placed already by CFAssociations\[1\]/,
    ],
    [
      'an item that hangs from nothing',
      (p) => {
        p.CFAssociations.splice(4, 1);
        return p;
      },
      'CFItems[3]',
      /hangs from nothing/,
    ],
    [
      'a cycle',
      (p) => {
        Object.assign(p.CFAssociations[3]?.destinationNodeURI as object, {
          identifier: p.CFItems[0]?.identifier,
        });
        return p;
      },
      'CFAssociations',
      /closes a cycle: CFItems\[\d\] hangs from CFItems\[\d\] hangs from CFItems\[\d\]/,
    ],
    [
      'a sequence number that is text',
      (p) => {
        Object.assign(p.CFAssociations[2] as object, { sequenceNumber: 'two' });
        return p;
      },
      'CFAssociations[2].sequenceNumber',
      /must be a number/,
    ],
    [
      'a rubric level without a score',
      (p) => {
        const level = p.CFRubrics[0]?.CFRubricCriteria[0]?.CFRubricCriterionLevels[1];
        if (level !== undefined) delete (level as { score?: number }).score;
        return p;
      },
      'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[1].score',
      /is missing: a level’s score is the value of a point/,
    ],
    [
      'two rubric levels with one score',
      (p) => {
        Object.assign(p.CFRubrics[0]?.CFRubricCriteria[0]?.CFRubricCriterionLevels[1] as object, {
          score: 3,
        });
        return p;
      },
      'CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels',
      /score of another level too/,
    ],
    [
      'a statement over 20,000 characters',
      (p) => {
        Object.assign(p.CFItems[1] as object, { fullStatement: 'x'.repeat(20_001) });
        return p;
      },
      'CFItems[1].fullStatement',
      /20001 characters long/,
    ],
    [
      'no year anywhere',
      (p) => {
        Object.assign(p.CFDocument, { lastChangeDateTime: 'recently' });
        return p;
      },
      'CFDocument.lastChangeDateTime',
      /pass options.year/,
    ],
    ['no items', (p) => ({ ...p, CFItems: [], CFAssociations: [] }), 'CFItems', /at least one/],
  ];

  it.each(cases)('%s', (_name, change, path, message) => {
    const run = () => fromCasePackage(change(foreignPackage()));
    expect(run).toThrow(MedleadValidationError);
    try {
      run();
    } catch (error) {
      const issues = (error as MedleadValidationError).issues;
      const issue = issues.find((candidate) => candidate.pathText.startsWith(path));
      expect(issue, issues.map((i) => `${i.pathText}: ${i.message}`).join('; ')).toBeDefined();
      expect(issue?.message).toMatch(message);
    }
  });

  it('refuses an isChildOf chain 700 items deep, naming the first item too deep', () => {
    const p = foreignPackage();
    const chain = Array.from({ length: 700 }, (_, n) => ({
      ...p.CFItems[0],
      identifier: `deep-${n}`,
      humanCodingScheme: `D${n}`,
    }));
    const links = chain.map((item, n) => ({
      ...p.CFAssociations[0],
      identifier: `link-${n}`,
      originNodeURI: { title: '', identifier: item.identifier, uri: '' },
      destinationNodeURI: {
        title: '',
        identifier: n === 0 ? p.CFDocument.identifier : `deep-${n - 1}`,
        uri: '',
      },
    }));
    expect(() =>
      fromCasePackage({
        ...p,
        CFItems: [...p.CFItems, ...chain],
        CFAssociations: [...p.CFAssociations, ...links],
      }),
    ).toThrow(/CFItems\[\d+\]: is 33 levels deep; medlead reads hierarchies of up to 32 levels/);
  });

  it('lists at most 50 problems, then counts the rest', () => {
    const p = foreignPackage();
    const orphans = Array.from({ length: 80 }, (_, n) => ({
      ...p.CFItems[0],
      identifier: `orphan-${n}`,
    }));
    try {
      fromCasePackage({ ...p, CFItems: [...p.CFItems, ...orphans] });
      throw new Error('accepted');
    } catch (error) {
      const issues = (error as MedleadValidationError).issues;
      expect(issues).toHaveLength(51);
      expect(issues[50]?.message).toBe('and 30 more problems like these');
    }
  });

  it('refuses text that is not JSON, and a package over 50,000,000 characters', () => {
    expect(() => fromCasePackage('{"CFDocument": ')).toThrow(/\(root\): is not valid JSON text/);
    expect(() => fromCasePackage(' '.repeat(50_000_001))).toThrow(/50000001 characters of JSON/);
  });

  it('ignores __proto__ keys and pollutes nothing', () => {
    const text = JSON.stringify(foreignPackage())
      .replace('{"CFDocument":', '{"__proto__":{"polluted":"yes"},"CFDocument":')
      .replace(
        '"fullStatement":"Statement 3"',
        '"__proto__":{"polluted":"yes"},"fullStatement":"__proto__"',
      );
    const imported = fromCasePackage(text);
    expect(walk(imported).some(({ node }) => node.title === '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fromCasePackage and the medlead id line', () => {
  it('reads only the last line of the notes, so earlier text cannot pose as an id', () => {
    const casePackage = JSON.parse(JSON.stringify(toCasePackage(mlcf2010, { baseUri })));
    casePackage.CFItems[0].notes = `medlead id: mlcf:evil\n${casePackage.CFItems[0].notes}`;
    expect(fromCasePackage(casePackage).children[0]?.id).toBe('mlcf:1');
  });

  it('uses the 1.1 extension first', () => {
    const casePackage = JSON.parse(
      JSON.stringify(
        toCasePackage(getFrameworkOrThrow('hlm@2013'), { baseUri, caseVersion: '1.1' }),
      ),
    );
    casePackage.CFItems[0].notes = '';
    expect(fromCasePackage(casePackage).children[0]?.id).toBe('hlm:inspiring-shared-purpose');
  });
});

function getFrameworkOrThrow(key: string): Framework {
  const found = frameworks.find((framework) => framework.key === key);
  if (found === undefined) throw new Error(`no ${key}`);
  return found;
}
