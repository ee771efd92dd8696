import { validate as isUuid, version as uuidVersion, v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { crosswalks } from '../crosswalks/registry';
import { hlm2013 } from '../frameworks/hlm';
import { mlcf2010 } from '../frameworks/mlcf';
import { frameworks, getFramework } from '../frameworks/registry';
import type { Crosswalk } from '../model/types';
import { getNode, walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError } from '../validation/errors';
import { parseFramework } from '../validation/parse';
import { caseFieldLimits } from './case-limits';
import { caseIdentifierNamespace, toCasePackage } from './case-package';
import type { CasePackage } from './case-types';
import { hostileFramework, hostileTitle } from './hostile-framework.test-helper';

const baseUri = 'https://case.example.org/uri';

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  'toCasePackage(%s)',
  (_key, framework) => {
    const casePackage = toCasePackage(framework, { baseUri, crosswalks });
    const itemIds = new Set(casePackage.CFItems.map((item) => item.identifier));
    const documentId = casePackage.CFDocument.identifier;

    it('has one CFItem per node of the hierarchy, in published order', () => {
      expect(casePackage.CFItems.map((item) => item.fullStatement)).toEqual(
        walk(framework).map((entry) => entry.node.title),
      );
      expect(itemIds.size).toBe(walk(framework).length);
    });

    it('uses valid UUIDs (v5) as identifiers, with URIs under the base URI', () => {
      const objects = [
        casePackage.CFDocument,
        ...casePackage.CFItems,
        ...casePackage.CFAssociations,
        ...casePackage.CFDefinitions.CFItemTypes,
        ...casePackage.CFDefinitions.CFAssociationGroupings,
        ...casePackage.CFRubrics.flatMap((rubric) => [
          rubric,
          ...rubric.CFRubricCriteria.flatMap((criterion) => [
            criterion,
            ...criterion.CFRubricCriterionLevels,
          ]),
        ]),
      ];
      for (const object of objects) {
        expect(isUuid(object.identifier)).toBe(true);
        expect(uuidVersion(object.identifier)).toBe(5);
        expect(object.uri).toBe(`${baseUri}/${object.identifier}`);
      }
      expect(new Set(objects.map((object) => object.identifier)).size).toBe(objects.length);
    });

    it('is the same on every call', () => {
      expect(toCasePackage(framework, { baseUri, crosswalks })).toEqual(casePackage);
      expect(toCasePackage(framework, { baseUri: `${baseUri}/`, crosswalks })).toEqual(casePackage);
    });

    it('links every item to its parent, or the document, exactly once with isChildOf', () => {
      const childOf = casePackage.CFAssociations.filter(
        (association) => association.associationType === 'isChildOf',
      );
      expect(childOf).toHaveLength(casePackage.CFItems.length);
      expect(new Set(childOf.map((association) => association.originNodeURI.identifier))).toEqual(
        itemIds,
      );
      for (const association of childOf) {
        const destination = association.destinationNodeURI.identifier;
        expect(destination === documentId || itemIds.has(destination)).toBe(true);
        expect(association.sequenceNumber).toBeGreaterThanOrEqual(1);
      }
      const topLevel = childOf.filter(
        (association) => association.destinationNodeURI.identifier === documentId,
      );
      expect(topLevel).toHaveLength(framework.children.length);
    });

    it('fits every field OpenSALT stores in a fixed-width column', () => {
      expect(fieldsOverLimit(casePackage)).toEqual([]);
      expect(
        fieldsOverLimit(toCasePackage(framework, { baseUri, caseVersion: '1.1', crosswalks })),
      ).toEqual([]);
    });

    it('describes the document from the framework, a long summary cut with the whole in the notes', () => {
      const document = casePackage.CFDocument;
      expect(document.title).toBe(framework.title);
      expect(document.creator).toBe(framework.publisher);
      expect(document.publisher).toBe(framework.publisher);
      expect(document.version).toBe(framework.version);
      expect(document.description.length).toBeLessThanOrEqual(300);
      expect(framework.summary.text.startsWith(document.description.replace(/…$/, ''))).toBe(true);
      expect(document.notes).toContain(framework.summary.text);
      expect(document.notes).toContain(framework.rights);
      expect(document.notes.split('\n').at(-1)).toBe(
        `medlead framework: ${framework.key} v${framework.version}, ${framework.year}, rating each ${framework.assessedKind}`,
      );
      expect(document.lastChangeDateTime).toBe(`${framework.year}-01-01T00:00:00Z`);
      expect(document.adoptionStatus).toBe(
        framework.status === 'current' ? 'Adopted' : 'Deprecated',
      );
    });

    it('ends every item’s notes with its medlead id, and adds nothing CASE 1.0 lacks', () => {
      walk(framework).forEach(({ node }, index) => {
        const item = casePackage.CFItems[index];
        expect(item?.notes.split('\n').at(-1)).toBe(`medlead id: ${node.id}`);
        expect(item?.extensions).toBeUndefined();
      });
      expect(casePackage.CFDocument.caseVersion).toBeUndefined();
      expect(casePackage.CFDocument.extensions).toBeUndefined();
    });

    it('writes one rubric per scale, the default first, a criterion per rated item', () => {
      const rated = walk(framework).filter(({ node }) => node.kind === framework.assessedKind);
      const [first, ...others] = casePackage.CFRubrics;
      const defaultScale = findScale(framework, framework.defaultScale);
      expect(first?.title).toBe(defaultScale?.title);
      expect(first?.description.split('\n').at(-1)).toBe(
        `medlead scale: ${defaultScale?.id}, measuring ${defaultScale?.measures}`,
      );
      expect(others.map((rubric) => rubric.title)).toEqual(
        framework.scales.filter((scale) => scale !== defaultScale).map((scale) => scale.title),
      );
      for (const rubric of casePackage.CFRubrics) {
        expect(rubric.CFRubricCriteria.map((criterion) => criterion.CFItemURI.identifier)).toEqual(
          rated.map(({ node }) => uuidv5(`${framework.key}#${node.id}`, caseIdentifierNamespace)),
        );
      }
      expect(
        first?.CFRubricCriteria[0]?.CFRubricCriterionLevels.map((level) => [
          level.score,
          level.quality,
        ]),
      ).toEqual(defaultScale?.points.map((point) => [point.value, point.label]));
    });

    it('gives every item a defined item type', () => {
      const typeIds = new Set(
        casePackage.CFDefinitions.CFItemTypes.map((itemType) => itemType.identifier),
      );
      for (const item of casePackage.CFItems) {
        expect(typeIds.has(item.CFItemTypeURI.identifier)).toBe(true);
        expect(item.CFItemType).toBe(item.CFItemTypeURI.title);
      }
    });

    it('points crosswalk associations at the items the other framework’s package holds', () => {
      const outgoing = crosswalks.filter((crosswalk) => crosswalk.from === framework.key);
      const crosswalkAssociations = casePackage.CFAssociations.filter(
        (association) => association.associationType !== 'isChildOf',
      );
      expect(crosswalkAssociations).toHaveLength(
        outgoing.reduce((count, crosswalk) => count + crosswalk.links.length, 0),
      );
      for (const crosswalk of outgoing) {
        const target = toCasePackage(getFramework(crosswalk.to), { baseUri });
        const targetItems = new Set(target.CFItems.map((item) => item.identifier));
        for (const link of crosswalk.links) {
          const association = crosswalkAssociations.find(
            (candidate) =>
              candidate.originNodeURI.identifier ===
                uuidv5(`${framework.key}#${link.from}`, caseIdentifierNamespace) &&
              candidate.destinationNodeURI.identifier ===
                uuidv5(`${crosswalk.to}#${link.to}`, caseIdentifierNamespace),
          );
          expect(association?.associationType).toBe(
            link.relation === 'exactMatch' ? 'exactMatchOf' : 'isRelatedTo',
          );
          expect(targetItems.has(association?.destinationNodeURI.identifier ?? '')).toBe(true);
          expect(association?.destinationNodeURI.title).toBe(
            getNode(getFramework(crosswalk.to), link.to)?.title,
          );
          expect(association?.notes).toBeUndefined();
          expect(association?.CFAssociationGroupingURI?.title).toBe(crosswalk.title);
        }
      }
    });
  },
);

describe('toCasePackage identifiers', () => {
  it('never change: a pinned identifier guards the namespace and the naming scheme', () => {
    const casePackage = toCasePackage(mlcf2010, { baseUri });
    expect(casePackage.CFDocument.identifier).toBe('a05ddde9-2dc3-515f-842a-d443159837ef');
    expect(casePackage.CFItems[1]?.identifier).toBe(
      uuidv5('mlcf@2010#mlcf:1.1', caseIdentifierNamespace),
    );
  });

  it('differ between frameworks, even between editions that share node ids', () => {
    const all = frameworks.flatMap((framework) => {
      const casePackage = toCasePackage(framework, { baseUri });
      return [
        casePackage.CFDocument.identifier,
        ...casePackage.CFItems.map((item) => item.identifier),
      ];
    });
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('toCasePackage options', () => {
  it('stamps the given date on every object', () => {
    const date = '2026-11-01T12:00:00+01:00';
    const casePackage = toCasePackage(mlcf2010, { baseUri, lastChangeDateTime: date });
    const dates = new Set([
      casePackage.CFDocument.lastChangeDateTime,
      ...casePackage.CFItems.map((item) => item.lastChangeDateTime),
      ...casePackage.CFAssociations.map((association) => association.lastChangeDateTime),
    ]);
    expect([...dates]).toEqual([date]);
  });

  it('rejects a bad base URI or date', () => {
    expect(() => toCasePackage(mlcf2010, { baseUri: 'not a uri' })).toThrow(MedleadValidationError);
    expect(() => toCasePackage(mlcf2010, { baseUri: 'ftp://example.org' })).toThrow(
      MedleadValidationError,
    );
    expect(() => toCasePackage(mlcf2010, { baseUri, lastChangeDateTime: '2026-13-01' })).toThrow(
      MedleadValidationError,
    );
  });

  it('ignores crosswalks from other frameworks and rejects links from unknown nodes', () => {
    const fromHlm = crosswalks.filter((crosswalk) => crosswalk.from === 'hlm@2013');
    expect(toCasePackage(mlcf2010, { baseUri, crosswalks: fromHlm })).toEqual(
      toCasePackage(mlcf2010, { baseUri }),
    );
    const mlcfToHlm = crosswalks.find((crosswalk) => crosswalk.from === 'mlcf@2010');
    if (mlcfToHlm === undefined) throw new Error('test needs a crosswalk from mlcf@2010');
    const [firstLink] = mlcfToHlm.links;
    if (firstLink === undefined) throw new Error('test needs a link');
    const broken: Crosswalk = { ...mlcfToHlm, links: [{ ...firstLink, from: 'mlcf:9.9' }] };
    expect(() => toCasePackage(mlcf2010, { baseUri, crosswalks: [broken] })).toThrow(/mlcf:9\.9/);
  });

  it('refuses a crosswalk to a framework it cannot find, and a link to a node it lacks', () => {
    const mlcfToHlm = crosswalks.find((crosswalk) => crosswalk.from === 'mlcf@2010');
    if (mlcfToHlm === undefined) throw new Error('test needs a crosswalk from mlcf@2010');
    const toNowhere: Crosswalk = { ...mlcfToHlm, to: 'hlm@2099' };
    expect(() => toCasePackage(mlcf2010, { baseUri, crosswalks: [toNowhere] })).toThrow(
      /options\.crosswalks\[0\]\.to: "hlm@2099" is not a framework medlead ships: pass it in options\.frameworks/,
    );
    const [firstLink] = mlcfToHlm.links;
    if (firstLink === undefined) throw new Error('test needs a link');
    const toUnknown: Crosswalk = { ...mlcfToHlm, links: [{ ...firstLink, to: 'hlm:nowhere' }] };
    expect(() => toCasePackage(mlcf2010, { baseUri, crosswalks: [toUnknown] })).toThrow(
      /links\[0\]\.to: "hlm:nowhere" is not a node in the hierarchy of hlm@2013/,
    );
    expect(() => toCasePackage(mlcf2010, { baseUri, crosswalks: [mlcfToHlm, mlcfToHlm] })).toThrow(
      /options\.crosswalks\[1\]\.id: is the id of a crosswalk given before it/,
    );
  });

  it('names destinations in a framework medlead does not ship from options.frameworks', () => {
    const mine = parseFramework({
      ...structuredClone(hlm2013),
      edition: 'local',
      key: 'hlm@local',
    });
    const mlcfToHlm = crosswalks.find((crosswalk) => crosswalk.from === 'mlcf@2010');
    if (mlcfToHlm === undefined) throw new Error('test needs a crosswalk from mlcf@2010');
    const toMine: Crosswalk = { ...mlcfToHlm, to: 'hlm@local' };
    const casePackage = toCasePackage(mlcf2010, {
      baseUri,
      crosswalks: [toMine],
      frameworks: [mine],
    });
    const link = casePackage.CFAssociations.find((a) => a.associationType !== 'isChildOf');
    expect(link?.destinationNodeURI.identifier).toBe(
      uuidv5(`hlm@local#${mlcfToHlm.links[0]?.to}`, caseIdentifierNamespace),
    );
    expect(link?.destinationNodeURI.title).toBe(getNode(mine, mlcfToHlm.links[0]?.to ?? '')?.title);
  });

  it('in CASE 1.1 keeps each link’s relation, weight and rationale, and medlead’s provenance', () => {
    const mlcfToHlm = crosswalks.find((crosswalk) => crosswalk.from === 'mlcf@2010');
    const firstLink = mlcfToHlm?.links[0];
    if (mlcfToHlm === undefined || firstLink === undefined) throw new Error('test needs a link');
    const casePackage = toCasePackage(mlcf2010, { baseUri, caseVersion: '1.1', crosswalks });
    const association = casePackage.CFAssociations.find(
      (candidate) => candidate.extensions?.medlead.crosswalk === mlcfToHlm.id,
    );
    expect(association?.extensions?.medlead).toMatchObject({
      relation: firstLink.relation,
      relationUri: `http://www.w3.org/2004/02/skos/core#${firstLink.relation}`,
      weight: firstLink.weight,
      rationale: firstLink.rationale,
      provenance: firstLink.provenance,
    });
    expect(association?.notes).toContain(firstLink.rationale);
    expect(association?.destinationNodeURI.targetType).toBe('CASE');
    expect(casePackage.CFDocument.caseVersion).toBe('1.1');
    expect(casePackage.CFDocument.extensions?.medlead).toMatchObject({
      key: 'mlcf@2010',
      rights: mlcf2010.rights,
      summary: mlcf2010.summary,
    });
    expect(casePackage.CFItems[0]?.extensions?.medlead).toMatchObject({
      id: 'mlcf:1',
      provenance: mlcf2010.children[0]?.provenance,
      rights: mlcf2010.rights,
    });
    expect(casePackage.CFRubrics[0]?.extensions?.medlead).toMatchObject({
      scale: 'frequency-5',
      default: true,
    });
    // Only what 1.1 adds differs: the identifiers are the same in both versions.
    const in10 = toCasePackage(mlcf2010, { baseUri, crosswalks });
    expect(in10.CFAssociations.map((a) => a.identifier)).toEqual(
      casePackage.CFAssociations.map((a) => a.identifier),
    );
  });

  it('refuses a caseVersion other than 1.0 or 1.1 and a base URI too long for CASE servers', () => {
    expect(() => toCasePackage(mlcf2010, { baseUri, caseVersion: '2.0' as never })).toThrow(
      /options\.caseVersion/,
    );
    expect(() =>
      toCasePackage(mlcf2010, { baseUri: `https://example.org/${'a'.repeat(250)}` }),
    ).toThrow(/options\.baseUri: must be at most 263 characters/);
  });

  it('shortens what does not fit at a boundary and keeps the whole in the notes', () => {
    const long = parseFramework({
      ...structuredClone(hostileFramework),
      title: `${'A long title. '.repeat(12)}The end`,
      publisher: 'P'.repeat(320),
    });
    const casePackage = toCasePackage(long, { baseUri });
    expect(fieldsOverLimit(casePackage)).toEqual([]);
    const document = casePackage.CFDocument;
    expect(document.title).toBe('A long title. '.repeat(8).trim());
    expect(document.publisher).toHaveLength(300);
    expect(document.publisher.endsWith('…')).toBe(true);
    expect(document.notes).toContain(`Title in full: ${long.title}`);
    expect(document.notes).toContain(`Publisher in full: ${long.publisher}`);
  });

  it('keeps hostile text intact through JSON', () => {
    const casePackage = toCasePackage(hostileFramework, { baseUri });
    const roundTripped: unknown = JSON.parse(JSON.stringify(casePackage));
    expect(roundTripped).toEqual(casePackage);
    expect(casePackage.CFItems[0]?.fullStatement).toBe(hostileTitle);
    expect(casePackage.CFItems[0]?.humanCodingScheme).toBe('1, "one"');
    expect(casePackage.CFItems[0]?.notes).toContain('Uncertain (summary): Not "sure",\nreally.');
    expect(casePackage.CFDocument.officialSourceURL).toBe('https://example.org/a?b=1,2');
  });
});

/** Every field longer than OpenSALT's column for it (case-limits.ts), as `path: length`. */
function fieldsOverLimit(casePackage: CasePackage): string[] {
  const over: string[] = [];
  const check = (where: string, object: object, limits: Readonly<Record<string, number>>) => {
    for (const [field, limit] of Object.entries(limits)) {
      const value = (object as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.length > limit) {
        over.push(`${where}.${field}: ${value.length} > ${limit}`);
      }
    }
  };
  check('CFDocument', casePackage.CFDocument, caseFieldLimits.CFDocument);
  casePackage.CFItems.forEach((item, index) => {
    check(`CFItems[${index}]`, item, caseFieldLimits.CFItem);
  });
  const { nodeIdentifier, nodeUri, ...associationLimits } = caseFieldLimits.CFAssociation;
  casePackage.CFAssociations.forEach((association, index) => {
    check(`CFAssociations[${index}]`, association, associationLimits);
    for (const end of [association.originNodeURI, association.destinationNodeURI]) {
      check(`CFAssociations[${index}] end`, end, { identifier: nodeIdentifier, uri: nodeUri });
    }
  });
  casePackage.CFDefinitions.CFItemTypes.forEach((itemType, index) => {
    check(`CFItemTypes[${index}]`, itemType, caseFieldLimits.CFItemType);
  });
  casePackage.CFDefinitions.CFAssociationGroupings.forEach((grouping, index) => {
    check(`CFAssociationGroupings[${index}]`, grouping, caseFieldLimits.CFAssociationGrouping);
  });
  for (const rubric of casePackage.CFRubrics) {
    rubric.CFRubricCriteria.forEach((criterion, index) => {
      check(`CFRubricCriteria[${index}]`, criterion, caseFieldLimits.CFRubricCriterion);
    });
  }
  return over;
}
