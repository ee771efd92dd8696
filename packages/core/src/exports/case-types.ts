// The shape of the 1EdTech CASE CFPackage that `toCasePackage` writes and `fromCasePackage`
// reads: the CASE 1.0 `CFPackage.Type` definitions (case-v1p0-swagger.json, as published with
// OpenSALT) and, for the fields marked 1.1, the official CASE 1.1 CFPackage JSON Schema
// (case_v1p1_cfpackage-jsonschema1.json). Copies of both are in tests/interchange/case/.
import type { MappingRelation, Provenance, Source, Statement, Term } from '../model/types';

/** The CASE version a package follows: 1.0 (what most servers take) or 1.1. */
export type CaseVersion = '1.0' | '1.1';

/** A CASE LinkURI: how one CASE object points at another in the same package. */
export interface CaseLink {
  readonly title: string;
  readonly identifier: string;
  readonly uri: string;
}

/**
 * A CASE LinkGenURI: an association's end. In 1.1 an end in another package says what it points
 * at (`targetType: 'CASE'`, an item of another CASE framework).
 */
export interface CaseNodeLink extends CaseLink {
  /** CASE 1.1 only. */
  readonly targetType?: 'CASE';
}

/** What medlead adds to the document in CASE 1.1 (`extensions.medlead`). */
export interface CaseDocumentExtension {
  readonly medlead: {
    readonly key: string;
    readonly id: string;
    readonly edition: string;
    readonly version: string;
    readonly year: number;
    /** The title in full (the CASE `title` is cut to 120 characters where it is longer). */
    readonly title: string;
    readonly shortTitle: string;
    readonly status: 'current' | 'superseded';
    readonly summary: Statement;
    readonly uncertain?: string;
    readonly rights: string;
    readonly sources: readonly Source[];
    readonly terms: Readonly<Record<string, Term>>;
    readonly assessedKind: string;
    readonly defaultScale: string;
  };
}

/** What medlead adds to each item in CASE 1.1 (`extensions.medlead`). */
export interface CaseItemExtension {
  readonly medlead: {
    readonly id: string;
    /** The code in full (CASE `humanCodingScheme` holds at most 80 characters). */
    readonly code?: string;
    readonly kind: string;
    /** Where the item's code and title come from. */
    readonly provenance: Provenance;
    readonly summary: Statement;
    readonly uncertain?: string;
    readonly rights: string;
  };
}

/** What medlead adds to each crosswalk association in CASE 1.1 (`extensions.medlead`). */
export interface CaseLinkExtension {
  readonly medlead: {
    readonly crosswalk: string;
    readonly crosswalkVersion: string;
    readonly to: string;
    readonly relation: MappingRelation;
    /** The SKOS mapping relation as an IRI, e.g. `http://www.w3.org/2004/02/skos/core#closeMatch`. */
    readonly relationUri: string;
    readonly weight: number;
    readonly rationale: string;
    readonly provenance: Provenance;
    readonly uncertain?: string;
    readonly source?: Source;
  };
}

/** What medlead adds to each rubric (one per rating scale) in CASE 1.1 (`extensions.medlead`). */
export interface CaseRubricExtension {
  readonly medlead: {
    readonly scale: string;
    readonly measures: 'performance' | 'importance' | 'agreement' | 'frequency';
    readonly provenance: Provenance;
    readonly default: boolean;
    readonly step?: number;
    readonly uncertain?: string;
  };
}

export interface CaseDocument {
  readonly identifier: string;
  readonly uri: string;
  /** CASE 1.1 only: always "1.1" there. */
  readonly caseVersion?: '1.1';
  readonly creator: string;
  readonly title: string;
  readonly lastChangeDateTime: string;
  readonly officialSourceURL?: string;
  readonly publisher: string;
  readonly description: string;
  readonly language: string;
  readonly version: string;
  readonly adoptionStatus: 'Adopted' | 'Deprecated';
  readonly notes: string;
  /** CASE 1.1 only. */
  readonly extensions?: CaseDocumentExtension;
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
  /** CASE 1.1 only. */
  readonly extensions?: CaseItemExtension;
}

export type CaseAssociationType = 'isChildOf' | 'exactMatchOf' | 'isRelatedTo';

export interface CaseAssociation {
  readonly identifier: string;
  readonly uri: string;
  readonly associationType: CaseAssociationType;
  readonly sequenceNumber?: number;
  readonly originNodeURI: CaseNodeLink;
  readonly destinationNodeURI: CaseNodeLink;
  /** The crosswalk a crosswalk association belongs to. */
  readonly CFAssociationGroupingURI?: CaseLink;
  readonly lastChangeDateTime: string;
  /** CASE 1.1 only. */
  readonly notes?: string;
  /** CASE 1.1 only. */
  readonly extensions?: CaseLinkExtension;
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

/** One crosswalk: the associations it made are grouped under it. */
export interface CaseAssociationGrouping {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly lastChangeDateTime: string;
}

export interface CaseDefinitions {
  readonly CFConcepts: readonly never[];
  readonly CFSubjects: readonly never[];
  readonly CFLicenses: readonly never[];
  readonly CFItemTypes: readonly CaseItemType[];
  readonly CFAssociationGroupings: readonly CaseAssociationGrouping[];
}

/** One point of a rating scale: `score` is its value, `quality` its label. */
export interface CaseRubricCriterionLevel {
  readonly identifier: string;
  readonly uri: string;
  readonly quality: string;
  readonly score: number;
  readonly description?: string;
  readonly position: number;
  readonly lastChangeDateTime: string;
}

/** One rated item, with the scale's points as its levels. */
export interface CaseRubricCriterion {
  readonly identifier: string;
  readonly uri: string;
  readonly category: string;
  readonly CFItemURI: CaseLink;
  readonly position: number;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriterionLevels: readonly CaseRubricCriterionLevel[];
}

/** One rating scale of the framework; the first is the one it rates on by default. */
export interface CaseRubric {
  readonly identifier: string;
  readonly uri: string;
  readonly title: string;
  readonly description: string;
  readonly lastChangeDateTime: string;
  readonly CFRubricCriteria: readonly CaseRubricCriterion[];
  /** CASE 1.1 only. */
  readonly extensions?: CaseRubricExtension;
}

export interface CasePackage {
  readonly CFDocument: CaseDocument;
  readonly CFItems: readonly CaseItem[];
  readonly CFAssociations: readonly CaseAssociation[];
  readonly CFDefinitions: CaseDefinitions;
  readonly CFRubrics: readonly CaseRubric[];
}
