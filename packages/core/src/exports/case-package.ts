// Export a framework as a 1EdTech CASE CFPackage (JSON binding), version 1.0 by default or 1.1.
// Field names and the fields each object may have follow the CASE 1.0 `CFPackage.Type`
// definitions (case-v1p0-swagger.json as published with OpenSALT, opensalt/opensalt
// core/public/case-v1p0-swagger.json) and the official CASE 1.1 CFPackage JSON Schema
// (case_v1p1_cfpackage-jsonschema1.json); both allow no property they do not define, and the
// tests validate every edition's package against copies of both (tests/interchange/case/).
// Lengths fit OpenSALT's columns (case-limits.ts).
import { v5 as uuidv5 } from 'uuid';
import * as z from 'zod';
import { frameworks as shippedFrameworks } from '../frameworks/registry';
import type {
  Crosswalk,
  CrosswalkLink,
  Framework,
  FrameworkNode,
  MappingRelation,
  RatingScale,
} from '../model/types';
import { walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { fail, readOptions, requireArray, requireString } from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { requireFramework } from '../validation/require';
import { requireCrosswalk } from '../validation/require-crosswalk';
import { caseBaseUriMaxLength, caseFieldLimits, shortenText } from './case-limits';
import { frameworkLine, itemLine, scaleLine } from './case-medlead-lines';
import type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseAssociationType,
  CaseDocument,
  CaseItem,
  CaseItemType,
  CaseLink,
  CaseNodeLink,
  CasePackage,
  CaseRubric,
  CaseVersion,
} from './case-types';
import { describeProvenance, frameworkNoteLines, nodeNoteLines } from './shared';

const WHAT = 'CASE export';

/**
 * The UUID namespace of every CASE identifier medlead derives (UUID v5, RFC 9562 §5.5). It is
 * fixed forever, so the same framework, node or link gets the same identifier in every build:
 * a document is `uuidv5(key, ns)`, an item `uuidv5(`${key}#${nodeId}`, ns)`.
 */
export const caseIdentifierNamespace = 'ff070f1c-1e00-4e73-aa36-a135f8e9b385';

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
  /**
   * Frameworks the crosswalks lead to that medlead does not ship, so each association can name
   * its destination by title (shipped ones are found by key).
   */
  readonly frameworks?: readonly Framework[];
  /**
   * `'1.0'` (the default: what OpenSALT and most CASE servers take) or `'1.1'`, which adds
   * medlead's provenance, rights and each crosswalk link's relation, weight and rationale
   * (`extensions.medlead`, association `notes`).
   */
  readonly caseVersion?: CaseVersion;
}

/** SKOS exactMatch is CASE's exactMatchOf; CASE has no close/broad/narrow, so they relate. */
const associationTypeOf: Readonly<Record<MappingRelation, CaseAssociationType>> = {
  exactMatch: 'exactMatchOf',
  closeMatch: 'isRelatedTo',
  broadMatch: 'isRelatedTo',
  narrowMatch: 'isRelatedTo',
  relatedMatch: 'isRelatedTo',
};

const OptionsSchema = z.object({
  baseUri: z
    .url({ protocol: /^https?$/ })
    .max(
      caseBaseUriMaxLength,
      `must be at most ${caseBaseUriMaxLength} characters: CASE servers store a uri (the base, "/" and a 36-character identifier) in 300`,
    ),
  lastChangeDateTime: z.iso.datetime({ offset: true }).optional(),
  caseVersion: z.enum(['1.0', '1.1']).optional(),
});

/**
 * The framework as a 1EdTech CASE CFPackage: one CFItem per node of the hierarchy (cross-cutting
 * themes and indicators are not items), `isChildOf` associations for the hierarchy,
 * `exactMatchOf` / `isRelatedTo` associations for the crosswalks given (grouped by crosswalk,
 * destinations named by title), and one CFRubric per rating scale (the default first). CASE 1.0
 * (the default) holds only what the 1.0 definitions allow and fits OpenSALT's column lengths;
 * `caseVersion: '1.1'` adds `extensions.medlead` and association notes. Identifiers are UUID v5
 * names under `caseIdentifierNamespace`, so they are the same in every build.
 * The result is deeply frozen. Throws `MedleadValidationError` for anything that is not a valid
 * framework (at `framework`), options that are not an object, an unknown option, a missing,
 * non-http(s) or over-long `baseUri`, a date that is not ISO 8601, a `caseVersion` other than
 * '1.0' or '1.1', `crosswalks` or `frameworks` that are not lists of valid ones, or a crosswalk
 * link from a node that is not in the hierarchy or to one that cannot be found.
 */
export function toCasePackage(framework: Framework, options: CasePackageOptions): CasePackage {
  const checkedFramework = requireFramework(WHAT, ['framework'], framework);
  const given = readOptions(WHAT, ['options'], options, [
    'baseUri',
    'lastChangeDateTime',
    'crosswalks',
    'frameworks',
    'caseVersion',
  ]);
  // Only strings reach zod, so a hostile object (a Proxy) in an option cannot trip it up.
  if (given.baseUri === undefined) {
    fail(
      WHAT,
      ['options', 'baseUri'],
      'is needed: the http(s) address every identifier resolves under',
    );
  }
  for (const name of ['baseUri', 'lastChangeDateTime', 'caseVersion']) {
    if (given[name] !== undefined) requireString(WHAT, ['options', name], given[name]);
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
  const destinations =
    given.frameworks === undefined
      ? []
      : requireArray(WHAT, ['options', 'frameworks'], given.frameworks).map((other, index) =>
          requireFramework(WHAT, ['options', 'frameworks', index], other),
        );
  const baseUri = new URL(checked.data.baseUri).href.replace(/\/+$/, '');
  const writer: Writer = {
    framework: checkedFramework,
    baseUri,
    lastChangeDateTime:
      checked.data.lastChangeDateTime ?? `${checkedFramework.year}-01-01T00:00:00Z`,
    is11: checked.data.caseVersion === '1.1',
    itemLinks: new Map(),
  };
  return deepFreeze(writePackage(writer, crosswalks, destinations));
}

/** What every part of one framework's package shares. */
interface Writer {
  readonly framework: Framework;
  readonly baseUri: string;
  readonly lastChangeDateTime: string;
  readonly is11: boolean;
  /** The link to each item, by node id, filled as the items are written. */
  readonly itemLinks: Map<string, CaseLink>;
}

/** The link to the object named `name` (its identifier is `uuidv5(name)`). */
function link(w: Writer, title: string, name: string): CaseLink {
  const identifier = uuidv5(name, caseIdentifierNamespace);
  return { title, identifier, uri: `${w.baseUri}/${identifier}` };
}

/** The whole package: document, items, associations, definitions and rubrics. */
function writePackage(
  w: Writer,
  crosswalks: readonly Crosswalk[],
  destinations: readonly Framework[],
): CasePackage {
  const documentLink = link(w, w.framework.title, w.framework.key);
  const CFDocument = documentOf(w, documentLink);
  const { CFItemTypes, typeLinks } = itemTypesOf(w);
  const { CFItems, hierarchy } = itemsOf(w, documentLink, typeLinks);
  const { CFAssociationGroupings, associations } = crosswalkAssociations(
    w,
    crosswalks,
    destinations,
  );
  return {
    CFDocument,
    CFItems,
    CFAssociations: [...hierarchy, ...associations],
    CFDefinitions: {
      CFConcepts: [],
      CFSubjects: [],
      CFLicenses: [],
      CFItemTypes,
      CFAssociationGroupings,
    },
    CFRubrics: rubricsOf(w),
  };
}

/** The CFDocument: the framework, fitted to OpenSALT's columns, the whole kept in its notes. */
function documentOf(w: Writer, documentLink: CaseLink): CaseDocument {
  const framework = w.framework;
  const limits = caseFieldLimits.CFDocument;
  // Only a web address that fits may become the official source: never javascript: or data:.
  const officialSourceURL = framework.sources
    .flatMap((source) =>
      source.url !== undefined && /^https?:\/\//i.test(source.url)
        ? [new URL(source.url).href]
        : [],
    )
    .find((url) => url.length <= limits.officialSourceURL);
  // What is cut to fit is kept whole in the notes (the summary is their first line already).
  const notes = [
    ...frameworkNoteLines(framework),
    ...(framework.title.length > limits.title ? [`Title in full: ${framework.title}`] : []),
    ...(framework.publisher.length > limits.publisher
      ? [`Publisher in full: ${framework.publisher}`]
      : []),
    frameworkLine(framework),
  ];
  return {
    identifier: documentLink.identifier,
    uri: documentLink.uri,
    ...(w.is11 ? { caseVersion: '1.1' as const } : {}),
    creator: shortenText(framework.publisher, limits.creator),
    title: shortenText(framework.title, limits.title),
    lastChangeDateTime: w.lastChangeDateTime,
    ...(officialSourceURL === undefined ? {} : { officialSourceURL }),
    publisher: shortenText(framework.publisher, limits.publisher),
    description: shortenText(framework.summary.text, limits.description),
    language: 'en',
    version: shortenText(framework.version, limits.version),
    adoptionStatus: framework.status === 'current' ? 'Adopted' : 'Deprecated',
    notes: notes.join('\n'),
    ...(w.is11
      ? {
          extensions: {
            medlead: {
              key: framework.key,
              id: framework.id,
              edition: framework.edition,
              version: framework.version,
              year: framework.year,
              title: framework.title,
              shortTitle: framework.shortTitle,
              status: framework.status,
              summary: framework.summary,
              ...(framework.uncertain === undefined ? {} : { uncertain: framework.uncertain }),
              rights: framework.rights,
              sources: framework.sources,
              terms: framework.terms,
              assessedKind: framework.assessedKind,
              defaultScale: framework.defaultScale,
            },
          },
        }
      : {}),
  };
}

function termFor(w: Writer, kind: string): string {
  const terms = w.framework.terms;
  return (Object.hasOwn(terms, kind) ? terms[kind]?.singular : undefined) ?? kind;
}

/** One CFItemType per kind of node, and the link each item of that kind points at. */
function itemTypesOf(w: Writer): {
  CFItemTypes: CaseItemType[];
  typeLinks: ReadonlyMap<string, CaseLink>;
} {
  const typeLinks = new Map<string, CaseLink>();
  const kinds = [...new Set(walk(w.framework).map((entry) => entry.node.kind))];
  const CFItemTypes = kinds.map((kind, index) => {
    // The title is also every item's CFItemType, which has the smaller limit.
    const term = shortenText(termFor(w, kind), caseFieldLimits.CFItem.CFItemType);
    const typeLink = link(w, term, `${w.framework.key}#type:${kind}`);
    typeLinks.set(kind, typeLink);
    return {
      identifier: typeLink.identifier,
      uri: typeLink.uri,
      title: term,
      description: `A kind of item in ${w.framework.title}: "${termFor(w, kind)}".`,
      hierarchyCode: String(index + 1),
      typeCode: kind,
      lastChangeDateTime: w.lastChangeDateTime,
    };
  });
  return { CFItemTypes, typeLinks };
}

/** One CFItem per node of the hierarchy, depth-first, each with its isChildOf association. */
function itemsOf(
  w: Writer,
  documentLink: CaseLink,
  typeLinks: ReadonlyMap<string, CaseLink>,
): { CFItems: CaseItem[]; hierarchy: CaseAssociation[] } {
  const framework = w.framework;
  const codeLimit = caseFieldLimits.CFItem.humanCodingScheme;
  const CFItems: CaseItem[] = [];
  const hierarchy: CaseAssociation[] = [];
  for (const { node, parent } of walk(framework)) {
    const itemLink = link(w, node.title, `${framework.key}#${node.id}`);
    w.itemLinks.set(node.id, itemLink);
    const siblings = parent === null ? framework.children : (parent.children ?? []);
    const position = siblings.indexOf(node) + 1;
    const typeLink = typeLinks.get(node.kind);
    // Every kind met in the walk was given a type above.
    if (typeLink === undefined) throw new Error(`medlead: no CASE item type for "${node.kind}"`);
    // A code too long for CASE servers is left out of humanCodingScheme (a cut code would be
    // a wrong one) and kept in the notes.
    const codeFits = node.code !== undefined && node.code.length <= codeLimit;
    const notes = [
      ...nodeNoteLines(node),
      ...(node.code !== undefined && !codeFits ? [`Code: ${node.code}`] : []),
      itemLine(node.id),
    ];
    CFItems.push({
      identifier: itemLink.identifier,
      uri: itemLink.uri,
      fullStatement: node.title,
      ...(codeFits ? { humanCodingScheme: node.code } : {}),
      listEnumeration: String(position),
      CFItemType: typeLink.title,
      CFItemTypeURI: typeLink,
      notes: notes.join('\n'),
      language: 'en',
      lastChangeDateTime: w.lastChangeDateTime,
      ...(w.is11 ? { extensions: itemExtension(w, node) } : {}),
    });
    const parentLink = parent === null ? documentLink : w.itemLinks.get(parent.id);
    // The walk is depth-first, so a parent is always linked before its children.
    if (parentLink === undefined) throw new Error(`medlead: parent of "${node.id}" not seen`);
    const childOf = link(w, 'isChildOf', `${framework.key}#${node.id}>isChildOf`);
    hierarchy.push({
      identifier: childOf.identifier,
      uri: childOf.uri,
      associationType: 'isChildOf',
      sequenceNumber: position,
      originNodeURI: itemLink,
      destinationNodeURI: parentLink,
      lastChangeDateTime: w.lastChangeDateTime,
    });
  }
  return { CFItems, hierarchy };
}

function itemExtension(w: Writer, node: FrameworkNode): NonNullable<CaseItem['extensions']> {
  return {
    medlead: {
      id: node.id,
      ...(node.code === undefined ? {} : { code: node.code }),
      kind: node.kind,
      provenance: node.provenance,
      summary: node.summary,
      ...(node.uncertain === undefined ? {} : { uncertain: node.uncertain }),
      rights: w.framework.rights,
    },
  };
}

/** The associations of the crosswalks from this framework, grouped one grouping per crosswalk. */
function crosswalkAssociations(
  w: Writer,
  crosswalks: readonly Crosswalk[],
  destinations: readonly Framework[],
): { CFAssociationGroupings: CaseAssociationGrouping[]; associations: CaseAssociation[] } {
  const key = w.framework.key;
  const issues: ValidationIssue[] = [];
  const CFAssociationGroupings: CaseAssociationGrouping[] = [];
  const associations: CaseAssociation[] = [];
  const made = new Map<string, readonly (string | number)[]>();
  crosswalks.forEach((crosswalk, crosswalkIndex) => {
    if (crosswalk.from !== key || crosswalk.links.length === 0) return;
    const path = ['options', 'crosswalks', crosswalkIndex];
    const titles = destinationTitles(w, crosswalk, destinations);
    if (titles === undefined) {
      issues.push(
        makeIssue(
          [...path, 'to'],
          `"${crosswalk.to}" is not a framework medlead ships: pass it in options.frameworks, so each association can name its destination by title`,
        ),
      );
      return;
    }
    const groupingName = `${key}#crosswalk ${crosswalk.id}`;
    if (made.has(groupingName)) {
      issues.push(makeIssue([...path, 'id'], 'is the id of a crosswalk given before it'));
      return;
    }
    made.set(groupingName, path);
    CFAssociationGroupings.push(groupingOf(w, crosswalk));
    crosswalk.links.forEach((crosswalkLink, linkIndex) => {
      const linkPath = [...path, 'links', linkIndex];
      const origin = w.itemLinks.get(crosswalkLink.from);
      const title = titles.get(crosswalkLink.to);
      if (origin === undefined) {
        issues.push(
          makeIssue(
            [...linkPath, 'from'],
            `"${crosswalkLink.from}" is not a node in the hierarchy of ${key}`,
          ),
        );
      }
      if (title === undefined) {
        issues.push(
          makeIssue(
            [...linkPath, 'to'],
            `"${crosswalkLink.to}" is not a node in the hierarchy of ${crosswalk.to}`,
          ),
        );
      }
      if (origin === undefined || title === undefined) return;
      const name = `${key}#${crosswalkLink.from}>${crosswalk.to}#${crosswalkLink.to}`;
      const before = made.get(name);
      if (before !== undefined) {
        issues.push(
          makeIssue(
            linkPath,
            `links the same two nodes as ${before.join('.')}: a package holds one association for each pair`,
          ),
        );
        return;
      }
      made.set(name, linkPath);
      associations.push(crosswalkAssociation(w, crosswalk, crosswalkLink, origin, title));
    });
  });
  if (issues.length > 0) throw new MedleadValidationError(WHAT, issues);
  return { CFAssociationGroupings, associations };
}

/** The titles of the nodes of the framework a crosswalk leads to, by node id. */
function destinationTitles(
  w: Writer,
  crosswalk: Crosswalk,
  destinations: readonly Framework[],
): ReadonlyMap<string, string> | undefined {
  const target = [w.framework, ...destinations, ...shippedFrameworks].find(
    (candidate) => candidate.key === crosswalk.to,
  );
  if (target === undefined) return undefined;
  return new Map(walk(target).map(({ node }) => [node.id, node.title]));
}

function groupingOf(w: Writer, crosswalk: Crosswalk): CaseAssociationGrouping {
  const groupingLink = link(w, crosswalk.title, `${w.framework.key}#crosswalk ${crosswalk.id}`);
  const dropped = w.is11
    ? ''
    : ' CASE 1.0 associations carry no notes, so the weight and rationale of each link, and' +
      ' its relation beyond exact match or related, are not in this package: export with' +
      ' CASE 1.1 to keep them.';
  return {
    identifier: groupingLink.identifier,
    uri: groupingLink.uri,
    title: shortenText(crosswalk.title, caseFieldLimits.CFAssociationGrouping.title),
    description:
      `medlead crosswalk ${crosswalk.id} v${crosswalk.version}, from ${crosswalk.from} to ` +
      `${crosswalk.to}: ${crosswalk.summary}${dropped}`,
    lastChangeDateTime: w.lastChangeDateTime,
  };
}

function crosswalkAssociation(
  w: Writer,
  crosswalk: Crosswalk,
  crosswalkLink: CrosswalkLink,
  origin: CaseLink,
  destinationTitle: string,
): CaseAssociation {
  const key = w.framework.key;
  const associationType = associationTypeOf[crosswalkLink.relation];
  const association = link(
    w,
    associationType,
    `${key}#${crosswalkLink.from}>${crosswalk.to}#${crosswalkLink.to}`,
  );
  // The other framework's item, named as toCasePackage names it when exporting that one.
  const destination: CaseNodeLink = {
    ...link(w, destinationTitle, `${crosswalk.to}#${crosswalkLink.to}`),
    ...(w.is11 ? { targetType: 'CASE' as const } : {}),
  };
  const groupingLink = link(w, crosswalk.title, `${key}#crosswalk ${crosswalk.id}`);
  return {
    identifier: association.identifier,
    uri: association.uri,
    associationType,
    originNodeURI: origin,
    destinationNodeURI: destination,
    CFAssociationGroupingURI: groupingLink,
    lastChangeDateTime: w.lastChangeDateTime,
    ...(w.is11
      ? {
          notes: crosswalkNotes(crosswalk, crosswalkLink),
          extensions: {
            medlead: {
              crosswalk: crosswalk.id,
              crosswalkVersion: crosswalk.version,
              to: crosswalkLink.to,
              relation: crosswalkLink.relation,
              relationUri: `http://www.w3.org/2004/02/skos/core#${crosswalkLink.relation}`,
              weight: crosswalkLink.weight,
              rationale: crosswalkLink.rationale,
              provenance: crosswalkLink.provenance,
              ...(crosswalkLink.uncertain === undefined
                ? {}
                : { uncertain: crosswalkLink.uncertain }),
              ...(crosswalkLink.source === undefined ? {} : { source: crosswalkLink.source }),
            },
          },
        }
      : {}),
  };
}

/**
 * One rubric per rating scale, the default first (a generic one included), so the scale
 * survives a round trip: a criterion for each rated item, whose levels are the scale's points
 * (score = value, quality = label). OpenSALT's importer needs every criterion to name an item.
 */
function rubricsOf(w: Writer): CaseRubric[] {
  const framework = w.framework;
  const defaultScale = findScale(framework, framework.defaultScale);
  // A parsed framework's default scale is always one of its scales or a generic one.
  if (defaultScale === undefined) throw new Error('medlead: no default scale');
  const scales = [
    defaultScale,
    ...framework.scales.filter((scale) => scale.id !== defaultScale.id),
  ];
  const rated = walk(framework).filter(({ node }) => node.kind === framework.assessedKind);
  const category = shortenText(
    termFor(w, framework.assessedKind),
    caseFieldLimits.CFRubricCriterion.category,
  );
  return scales.map((scale) => {
    const scaleName = `${framework.key}#scale ${scale.id}`;
    const rubricLink = link(w, scale.title, scaleName);
    return {
      identifier: rubricLink.identifier,
      uri: rubricLink.uri,
      title: scale.title,
      description: [scale.summary, scaleLine(scale)].filter(Boolean).join('\n'),
      lastChangeDateTime: w.lastChangeDateTime,
      CFRubricCriteria: rated.map(({ node }, index) => {
        const criterion = link(w, node.title, `${scaleName} ${node.id}`);
        return {
          identifier: criterion.identifier,
          uri: criterion.uri,
          category,
          CFItemURI: link(w, node.title, `${framework.key}#${node.id}`),
          position: index + 1,
          lastChangeDateTime: w.lastChangeDateTime,
          CFRubricCriterionLevels: scale.points.map((point, pointIndex) => {
            const level = link(w, point.label, `${scaleName} ${node.id} ${point.value}`);
            return {
              identifier: level.identifier,
              uri: level.uri,
              quality: point.label,
              score: point.value,
              ...(point.summary === undefined ? {} : { description: point.summary }),
              position: pointIndex + 1,
              lastChangeDateTime: w.lastChangeDateTime,
            };
          }),
        };
      }),
      ...(w.is11 ? { extensions: rubricExtension(scale, scale === defaultScale) } : {}),
    };
  });
}

function rubricExtension(
  scale: RatingScale,
  isDefault: boolean,
): NonNullable<CaseRubric['extensions']> {
  return {
    medlead: {
      scale: scale.id,
      measures: scale.measures,
      provenance: scale.provenance,
      default: isDefault,
      ...(scale.step === undefined ? {} : { step: scale.step }),
      ...(scale.uncertain === undefined ? {} : { uncertain: scale.uncertain }),
    },
  };
}

function crosswalkNotes(crosswalk: Crosswalk, crosswalkLink: CrosswalkLink): string {
  const lines = [
    `${crosswalk.title} (medlead crosswalk ${crosswalk.id} v${crosswalk.version}): ` +
      `skos:${crosswalkLink.relation} to ${crosswalk.to} ${crosswalkLink.to}, weight ` +
      `${crosswalkLink.weight}.`,
    `Rationale (${describeProvenance(crosswalkLink.provenance)}): ${crosswalkLink.rationale}`,
  ];
  if (crosswalkLink.uncertain !== undefined) lines.push(`Uncertain: ${crosswalkLink.uncertain}`);
  return lines.join('\n');
}
