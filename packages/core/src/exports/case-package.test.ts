import { validate as isUuid, version as uuidVersion, v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { crosswalks } from '../crosswalks/registry';
import { mlcf2010 } from '../frameworks/mlcf';
import { frameworks, getFramework } from '../frameworks/registry';
import type { Crosswalk } from '../model/types';
import { walk } from '../navigation/navigate';
import { MedleadValidationError } from '../validation/errors';
import { caseIdentifierNamespace, toCasePackage } from './case-package';
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

    it('keeps codes and list enumerations within OpenSALT’s column limits', () => {
      for (const item of casePackage.CFItems) {
        expect(item.humanCodingScheme?.length ?? 0).toBeLessThanOrEqual(50);
        expect(item.listEnumeration.length).toBeLessThanOrEqual(20);
        expect(item.CFDocumentURI.identifier).toBe(documentId);
      }
    });

    it('describes the document from the framework', () => {
      const document = casePackage.CFDocument;
      expect(document.title).toBe(framework.title);
      expect(document.creator).toBe(framework.publisher);
      expect(document.version).toBe(framework.version);
      expect(document.description).toBe(framework.summary.text);
      expect(document.notes).toContain(framework.rights);
      expect(document.CFPackageURI.identifier).toBe(documentId);
      expect(document.lastChangeDateTime).toBe(`${framework.year}-01-01T00:00:00Z`);
      expect(document.adoptionStatus).toBe(
        framework.status === 'current' ? 'Adopted' : 'Deprecated',
      );
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
          expect(association?.notes).toContain(link.rationale);
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
