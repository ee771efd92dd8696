// Export a framework as a 1EdTech CASE 1.0 CFPackage (JSON binding).
// Field names follow the CASE 1.0 information model and REST/JSON binding
// (imsglobal.org/sites/default/files/CASE/casev1p0/information_model/caseservicev1p0_infomodelv1p0.html)
// as served by OpenSALT, the reference implementation: opensalt/opensalt
// src/Entity/Framework/{LsDoc,LsItem,LsAssociation,LsDefItemType}.php, whose columns also give
// the length limits noted below.
import { v5 as uuidv5 } from 'uuid';
import * as z from 'zod';
import type { Crosswalk, Framework, FrameworkNode, MappingRelation } from '../model/types';
import { walk } from '../navigation/navigate';
import { deepFreeze } from '../util/deep-freeze';
import { fail, readOptions, requireArray, requireString } from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireFramework } from '../validation/require';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { describeProvenance, frameworkNoteLines, nodeNoteLines } from './shared';

const WHAT = 'CASE export';

/**
 * The UUID namespace of every CASE identifier medlead derives (UUID v5, RFC 9562 §5.5). It is
 * fixed forever, so the same framework, node or link gets the same identifier in every build:
 * a document is `uuidv5(key, ns)`, an item `uuidv5(`${key}#${nodeId}`, ns)`.
 */
export const caseIdentifierNamespace = 'ff070f1c-1e00-4e73-aa36-a135f8e9b385';

/** A CASE LinkURI: how one CASE object points at another. */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

export interface CaseDocument {
  readonly identifier: string;
  readonly uri: string;
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly officialSourceURL?: string;
  readonly publisher?: string;
  readonly description: string;
  readonly language: string;
  readonly version: string;
  readonly adoptionStatus: 'Adopted' | 'Deprecated';
  readonly notes: string;
  readonly CFPackageURI: CaseLink;
}

export interface CaseItem {
  readonly identifier: string;
  readonly uri: string;
  readonly fullStatement: string;
  readonly humanCodingScheme?: string;
  readonly listEnumeration: string;
  readonly CFItemType: string;
  readonly CFItemTypeURI: CaseLink;
  readonly notes: string;
  readonly language: string;
  readonly lastChangeDateTime: string;
  readonly CFDocumentURI: CaseLink;
}

export type CaseAssociationType = 'isChildOf' | 'exactMatchOf' | 'isRelatedTo';

export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly associationType: CaseAssociationType;
  readonly sequenceNumber?: number;
  readonly originNodeURI: CaseLink;
  readonly destinationNodeURI: CaseLink;
  readonly notes?: string;
  readonly lastChangeDateTime: string;
  readonly CFDocumentURI: CaseLink;
}

export interface CaseItemType {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly hierarchyCode: string;
  readonly typeCode: string;
  readonly lastChangeDateTime: string;
}

export interface CaseDefinitions {
  readonly CFConcepts: readonly never[];
  readonly CFSubjects: readonly never[];
  readonly CFLicenses: readonly never[];
  readonly CFItemTypes: readonly CaseItemType[];
  readonly CFAssociationGroupings: readonly never[];
}

export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
  readonly CFDefinitions: CaseDefinitions;
}

export interface CasePackageOptions {
  /** Where the identifiers resolve: every `uri` is `${baseUri}/${identifier}`. */
  readonly baseUri: string;
  /**
   * ISO 8601 date-time stamped on every object (CASE requires one). Defaults to
   * `${framework.year}-01-01T00:00:00Z`, so the output never depends on the clock.
   */
  readonly lastChangeDateTime?: string;
  /**
   * Crosswalks to add as associations. Only those whose `from` is this framework are used;
   * pass `invertCrosswalk(c)` for one stored the other way.
   */
  readonly crosswalks?: readonly Crosswalk[];
}

// OpenSALT stores `publisher` in a 50-character column; longer names go in `creator` only.
const PUBLISHER_MAX_LENGTH = 50;

/** SKOS exactMatch is CASE's exactMatchOf; CASE has no close/broad/narrow, so they relate. */
const associationTypeOf: Readonly<Record<MappingRelation, CaseAssociationType>> = {
  exactMatch: 'exactMatchOf',
  closeMatch: 'isRelatedTo',
  broadMatch: 'isRelatedTo',
  narrowMatch: 'isRelatedTo',
  relatedMatch: 'isRelatedTo',
};

const OptionsSchema = z.object({
  baseUri: z.url({ protocol: /^https?$/ }),
  lastChangeDateTime: z.iso.datetime({ offset: true }).optional(),
});

/**
 * The framework as a CASE 1.0 CFPackage: one CFItem per node of the hierarchy (cross-cutting
 * themes and indicators are not items), `isChildOf` associations for the hierarchy and
 * `exactMatchOf` / `isRelatedTo` associations for the crosswalks given. Identifiers are UUID v5
 * names under `caseIdentifierNamespace`, so they are the same in every build.
 * The result is deeply frozen. Throws `MedleadValidationError` for anything that is not a valid
 * framework (at `framework`), options that are not an object, an unknown option, a missing or
 * non-http(s) `baseUri`, a date that is not ISO 8601, `crosswalks` that is not a list of valid
 * crosswalks (at `options.crosswalks[i]`), or a crosswalk link from a node that is not in the
 * hierarchy.
 */
export function toCasePackage(framework: Framework, options: CasePackageOptions): CasePackage {
  const checkedFramework = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, [
    'baseUri',
    'lastChangeDateTime',
    'crosswalks',
  ]);
  // Only strings reach zod, so a hostile object (a Proxy) in an option cannot trip it up.
  if (given.baseUri === undefined) {
    fail(
      WHAT,
      ['options', 'baseUri'],
      'is needed: the http(s) address every identifier resolves under',
    );
  }
  requireString(WHAT, ['options', 'baseUri'], given.baseUri);
  if (given.lastChangeDateTime !== undefined) {
    requireString(WHAT, ['options', 'lastChangeDateTime'], given.lastChangeDateTime);
  }
  const checked = OptionsSchema.safeParse(given);
  if (!checked.success) {
    throw new MedleadValidationError(
      WHAT,
      checked.error.issues.map((issue) => makeIssue(['options', ...issue.path], issue.message)),
    );
  }
  const crosswalks =
    given.crosswalks === undefined
      ? []
      : requireArray(WHAT, ['options', 'crosswalks'], given.crosswalks).map((crosswalk, index) =>
          requireCrosswalk(WHAT, ['options', 'crosswalks', index], crosswalk),
        );
  return deepFreeze(
    buildPackage(
      checkedFramework,
      checked.data.baseUri,
      checked.data.lastChangeDateTime,
      crosswalks,
    ),
  );
}

function buildPackage(
  framework: Framework,
  givenBaseUri: string,
  givenDateTime: string | undefined,
  crosswalks: readonly Crosswalk[],
): CasePackage {
  const baseUri = givenBaseUri.replace(/\/+$/, '');
  const lastChangeDateTime = givenDateTime ?? `${framework.year}-01-01T00:00:00Z`;
  const link = (title: string, name: string): CaseLink => {
    const identifier = uuidv5(name, caseIdentifierNamespace);
    return { title, identifier, uri: `${baseUri}/${identifier}` };
  };

  const documentLink = link(framework.title, framework.key);
  // Only a web address may become the official source: never a javascript: or data: URL.
  const officialSourceURL = framework.sources.find(
    (source) => source.url !== undefined && /^https?:\/\//i.test(source.url),
  )?.url;
  const CFDocument: CaseDocument = {
    identifier: documentLink.identifier,
    uri: documentLink.uri,
    creator: framework.publisher,
    title: framework.title,
    lastChangeDateTime,
    ...(officialSourceURL === undefined ? {} : { officialSourceURL }),
    ...(framework.publisher.length <= PUBLISHER_MAX_LENGTH
      ? { publisher: framework.publisher }
      : {}),
    description: framework.summary.text,
    language: 'en',
    version: framework.version,
    adoptionStatus: framework.status === 'current' ? 'Adopted' : 'Deprecated',
    notes: frameworkNoteLines(framework).join('\n'),
    // A CASE package is fetched by its document's identifier (GET /CFPackages/{id}).
    CFPackageURI: documentLink,
  };

  const kinds = [...new Set(walk(framework).map((entry) => entry.node.kind))];
  const itemTypeLinks = new Map(
    kinds.map((kind) => [kind, link(termFor(framework, kind), `${framework.key}#type:${kind}`)]),
  );
  const CFItemTypes: CaseItemType[] = kinds.map((kind, index) => {
    const typeLink = itemTypeLink(itemTypeLinks, kind);
    return {
      identifier: typeLink.identifier,
      uri: typeLink.uri,
      title: typeLink.title,
      description: `What the ${framework.title} calls one kind of item: "${typeLink.title}".`,
      hierarchyCode: String(index + 1),
      typeCode: kind,
      lastChangeDateTime,
    };
  });

  const itemLinks = new Map<string, CaseLink>();
  const CFItems: CaseItem[] = [];
  const CFAssociations: CaseAssociation[] = [];
  for (const { node, parent } of walk(framework)) {
    const itemLink = link(node.title, `${framework.key}#${node.id}`);
    itemLinks.set(node.id, itemLink);
    const siblings = parent === null ? framework.children : (parent.children ?? []);
    const position = siblings.indexOf(node) + 1;
    CFItems.push({
      identifier: itemLink.identifier,
      uri: itemLink.uri,
      fullStatement: node.title,
      ...(node.code === undefined ? {} : { humanCodingScheme: node.code }),
      listEnumeration: String(position),
      CFItemType: termFor(framework, node.kind),
      CFItemTypeURI: itemTypeLink(itemTypeLinks, node.kind),
      notes: nodeNoteLines(node).join('\n'),
      language: 'en',
      lastChangeDateTime,
      CFDocumentURI: documentLink,
    });
    const parentLink = parent === null ? documentLink : itemLinks.get(parent.id);
    // The walk is depth-first, so a parent is always linked before its children.
    if (parentLink === undefined) throw new Error(`medlead: parent of "${node.id}" not seen`);
    const childOf = link('isChildOf', `${framework.key}#${node.id}>isChildOf`);
    CFAssociations.push({
      identifier: childOf.identifier,
      uri: childOf.uri,
      associationType: 'isChildOf',
      sequenceNumber: position,
      originNodeURI: itemLink,
      destinationNodeURI: parentLink,
      lastChangeDateTime,
      CFDocumentURI: documentLink,
    });
  }

  const issues: ValidationIssue[] = [];
  crosswalks.forEach((crosswalk, crosswalkIndex) => {
    if (crosswalk.from !== framework.key) return;
    crosswalk.links.forEach((crosswalkLink, linkIndex) => {
      const origin = itemLinks.get(crosswalkLink.from);
      if (origin === undefined) {
        issues.push(
          makeIssue(
            ['options', 'crosswalks', crosswalkIndex, 'links', linkIndex, 'from'],
            `"${crosswalkLink.from}" is not a node in the hierarchy of ${framework.key}`,
          ),
        );
        return;
      }
      const associationType = associationTypeOf[crosswalkLink.relation];
      const association = link(
        associationType,
        `${framework.key}#${crosswalkLink.from}>${crosswalk.to}#${crosswalkLink.to}`,
      );
      CFAssociations.push({
        identifier: association.identifier,
        uri: association.uri,
        associationType,
        originNodeURI: origin,
        // The other framework's item, named as toCasePackage names it when exporting that one.
        destinationNodeURI: link(crosswalkLink.to, `${crosswalk.to}#${crosswalkLink.to}`),
        notes: crosswalkNotes(crosswalk, crosswalkLink),
        lastChangeDateTime,
        CFDocumentURI: documentLink,
      });
    });
  });
  if (issues.length > 0) throw new MedleadValidationError(WHAT, issues);

  return {
    CFDocument,
    CFItems,
    CFAssociations,
    CFDefinitions: {
      CFConcepts: [],
      CFSubjects: [],
      CFLicenses: [],
      CFItemTypes,
      CFAssociationGroupings: [],
    },
  };
}

function termFor(framework: Framework, kind: FrameworkNode['kind']): string {
  return (
    (Object.hasOwn(framework.terms, kind) ? framework.terms[kind]?.singular : undefined) ?? kind
  );
}

function itemTypeLink(links: ReadonlyMap<string, CaseLink>, kind: string): CaseLink {
  const found = links.get(kind);
  // Every kind met in the walk was given a link above.
  if (found === undefined) throw new Error(`medlead: no CASE item type for kind "${kind}"`);
  return found;
}

function crosswalkNotes(crosswalk: Crosswalk, crosswalkLink: Crosswalk['links'][number]): string {
  const lines = [
    `${crosswalk.title} (medlead crosswalk ${crosswalk.id} v${crosswalk.version}): ` +
      `skos:${crosswalkLink.relation} to ${crosswalk.to} ${crosswalkLink.to}, weight ` +
      `${crosswalkLink.weight}.`,
    `Rationale (${describeProvenance(crosswalkLink.provenance)}): ${crosswalkLink.rationale}`,
  ];
  if (crosswalkLink.uncertain !== undefined) lines.push(`Uncertain: ${crosswalkLink.uncertain}`);
  return lines.join('\n');
}
