// Import a 1EdTech CASE CFPackage (CASE 1.0 or 1.1, as an object or its JSON text) as a checked
// medlead framework. The hierarchy is read from the `isChildOf` associations (CASE 1.0
// information model: an item's parent is the destination of its isChildOf association, the
// document itself for a top-level item); the fields read are those of the CASE 1.0
// `CFPckgItem.Type` and `CFRubric.Type` definitions and the CASE 1.1 CFPackage JSON Schema.
// Anything else a server adds (OpenSALT's `CFDocumentURI`, `CFPackageURI`…) is ignored.
// medlead's own exports end their notes with lines naming the framework's key, each node's id
// and each scale's id (case-medlead-lines.ts), and in 1.1 carry each node's id and full code in
// `extensions.medlead`, so a round trip keeps them.
import {
  readFrameworkLine,
  readItemLine,
  readScaleLine,
  withoutLastLine,
} from '../exports/case-medlead-lines';
import { SlugSchema } from '../model/ids';
import { MAX_SCALE_MAGNITUDE, ScaleIdSchema } from '../model/scale';
import { SourceSchema } from '../model/source';
import type { Framework, RatingScale, ScalePoint } from '../model/types';
import { genericScales } from '../scales/generic';
import { describeValue, fail, guard, isPlainObject } from '../validation/arguments';
import { MedleadValidationError, makeIssue, type ValidationIssue } from '../validation/errors';
import { MAX_FRAMEWORK_DEPTH } from '../validation/tree-shape';
import {
  buildImportedFramework,
  familyIdOf,
  type ImportDraft,
  type ImportedNodeDraft,
  type ImportOptions,
  readImportOptions,
  slugOf,
} from './imported-framework';

const WHAT = 'CASE import';

/** The longest package read, in characters of JSON: hundreds of times any real framework's. */
export const MAX_CASE_PACKAGE_LENGTH = 50_000_000;
/** The longest list read (of items, associations, rubrics…): far beyond any real framework. */
export const MAX_CASE_LIST_LENGTH = 1_000_000;
/** The longest text one field that becomes part of the framework may hold. */
export const MAX_CASE_TEXT_LENGTH = 20_000;
/**
 * A full statement longer than this is a sentence rather than a name: when the item also has an
 * abbreviated statement, that becomes the title (charts label nodes by title) and the full
 * statement the summary.
 */
export const LONG_STATEMENT_LENGTH = 100;
/** Past this many problems, the rest are counted rather than listed. */
const MAX_ISSUES = 50;

/** Options of `fromCasePackage`: those every import takes. */
export type CaseImportOptions = ImportOptions;

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

/** One item as read, with what placing it in the hierarchy needs. */
interface ItemRead {
  /** Its index in CFItems. */
  readonly index: number;
  readonly node: Omit<ImportedNodeDraft, 'children'>;
  /** What the file calls its kind (the item type's title), for the framework's terms. */
  readonly kindTitle?: string;
  readonly listEnumeration?: string;
  /** The index of its parent in CFItems, -1 for the document; unset until an isChildOf says. */
  parent?: number;
  /** The index in CFAssociations of the isChildOf association that placed it. */
  placedBy?: number;
  sequenceNumber?: number;
}

/** What the file says about the framework as a whole (medlead's exports say more). */
interface DocumentFacts {
  readonly title?: string | undefined;
  readonly id?: string | undefined;
  readonly edition?: string | undefined;
  readonly version?: string | undefined;
  readonly year?: number | undefined;
  readonly assessedKind?: string | undefined;
}

const DOCUMENT = -1;

/**
 * Reads a CASE package (1.0 or 1.1; an object or its JSON text) into a checked framework that
 * every scoring function, crosswalk helper and component accepts: items become nodes (code =
 * `humanCodingScheme`; title = `fullStatement`, or `abbreviatedStatement` when there is one and
 * the full statement is over 100 characters, the full statement then being the summary),
 * `isChildOf` associations the hierarchy (children ordered by `sequenceNumber`, then
 * `listEnumeration`, then file order), item types the kinds, and `CFRubrics` the rating scales
 * (the first is the default; a level's score is a point's value, its quality the label).
 * Options override what the file says (`id`, `edition`, `title`, `publisher`, `year`,
 * `sourceUrl`). Throws `MedleadValidationError` naming the JSON path (`CFItems[3].fullStatement`)
 * for anything it cannot read whole: no document, a missing or mistyped field, a duplicate
 * identifier, an isChildOf association naming no item, an item with two parents or none, a
 * cycle, a hierarchy over 32 levels deep, a rubric that is not a scale, text over 20,000
 * characters, a list over 1,000,000 entries or JSON text over 50,000,000 characters; it never
 * returns part of a framework.
 */
export function fromCasePackage(input: unknown, options?: CaseImportOptions): Framework {
  const { shared } = readImportOptions(WHAT, options);
  const root = readInput(input);
  // The reader follows only the paths CASE defines, never recursing into the input, so a cycle
  // or a deep object cannot trap it; a getter or Proxy that throws is reported at the root.
  const reader: Reader = { issues: [], uncounted: 0, itemIndex: new Map(), items: new Map() };
  const draft = guard(WHAT, [], () => readPackage(reader, root, shared));
  return buildImportedFramework(WHAT, draft);
}

/** The package as an object: JSON text parsed, an object as it is. */
function readInput(input: unknown): unknown {
  if (isPlainObject(input)) return input;
  if (typeof input !== 'string') {
    fail(
      WHAT,
      [],
      `must be a CASE package (an object, or its JSON text), not ${describeValue(input)}`,
    );
  }
  if (input.length > MAX_CASE_PACKAGE_LENGTH) {
    fail(
      WHAT,
      [],
      `is ${input.length} characters of JSON; medlead reads packages of up to ${MAX_CASE_PACKAGE_LENGTH}`,
    );
  }
  try {
    // A byte-order mark, as some Windows tools write one, is not part of the JSON.
    return JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    return fail(WHAT, [], 'is not valid JSON text');
  }
}

const collator = new Intl.Collator('en', { numeric: true });

/** Orders two optional values, a missing one last. */
function byPresence<T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number) {
  if (a === undefined) return b === undefined ? 0 : 1;
  return b === undefined ? -1 : compare(a, b);
}

/** Siblings in order: sequenceNumber, then listEnumeration (1, 2, 10), then file order. */
function siblingOrder(a: ItemRead, b: ItemRead): number {
  return (
    byPresence(a.sequenceNumber, b.sequenceNumber, (x, y) => x - y) ||
    byPresence(a.listEnumeration, b.listEnumeration, collator.compare) ||
    a.index - b.index
  );
}

const _measuresKinds: readonly string[] = ['performance', 'importance', 'agreement', 'frequency'];

/** A word's plural, well enough for the name of a kind ("competency", "competencies"). */
function pluralOf(word: string): string {
  if (/s$/i.test(word)) return word;
  return /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** A scale id part (lower-case words joined by "-") made from any text. */
function scaleSlugOf(text: string): string {
  return slugOf(text).replace(/[.-]+/g, '-') || 'scale';
}

/** What reading one package has found so far: its problems, and its items. */
interface Reader {
  readonly issues: ValidationIssue[];
  uncounted: number;
  /** CFItems by identifier, then the items read, by their index in CFItems. */
  readonly itemIndex: Map<string, number>;
  readonly items: Map<number, ItemRead>;
}

/** Reads the whole package into a draft, or throws with every problem found on the way. */
function readPackage(r: Reader, root: unknown, options: ImportOptions): ImportDraft {
  const pkg = readEntry(r, root, []);
  stopIfAny(r);
  const doc = readRecord(r, pkg?.CFDocument, ['CFDocument'], 'a CASE package has one CFDocument');
  stopIfAny(r);
  const document = doc as Json;
  const packageJson = pkg as Json;
  const documentId = readText(
    r,
    document.identifier,
    ['CFDocument', 'identifier'],
    'CASE requires it',
  );
  const facts = documentFacts(r, document);
  readItems(r, packageJson, documentId);
  readHierarchy(r, packageJson, documentId);
  checkCyclesAndDepth(r);
  stopIfAny(r);

  const id = options.id ?? facts.id ?? familyIdOf(facts.title ?? '');
  const { scales, defaultScale, ratedKind } = readScales(r, packageJson, id);
  const year = options.year ?? facts.year ?? yearOf(r, document);
  const creator = readText(r, document.creator, ['CFDocument', 'creator']);
  const publisher =
    options.publisher ?? creator ?? readText(r, document.publisher, ['CFDocument', 'publisher']);
  if (publisher === undefined) {
    problem(
      r,
      ['CFDocument', 'creator'],
      'is missing: the organisation whose framework it is (or pass options.publisher)',
    );
  }
  const officialSource = readText(r, document.officialSourceURL, [
    'CFDocument',
    'officialSourceURL',
  ]);
  const description = readText(r, document.description, ['CFDocument', 'description']);
  stopIfAny(r);

  const kinds = new Set([...r.items.values()].map((item) => item.node.kind));
  // medlead's rated kind, else the kind of the items the default scale's rubric rates.
  const assessedKind = [facts.assessedKind, ratedKind].find(
    (kind) => kind !== undefined && kinds.has(kind),
  );
  const sourceUrl =
    options.sourceUrl ??
    (SourceSchema.shape.url.safeParse(officialSource).success ? officialSource : undefined);
  return {
    id,
    edition: options.edition ?? facts.edition ?? String(year),
    ...(facts.version === undefined ? {} : { version: facts.version }),
    title: options.title ?? facts.title ?? id,
    publisher: publisher ?? '',
    year: year ?? 0,
    ...(description === undefined ? {} : { description }),
    format: `a 1EdTech CASE ${document.caseVersion === '1.1' ? '1.1' : '1.0'} package`,
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
    terms: termsOf(r),
    ...(assessedKind === undefined ? {} : { assessedKind }),
    scales,
    ...(defaultScale === undefined ? {} : { defaultScale }),
    nodes: treeOf(r),
  };
}

/** Notes a problem at `path`; past MAX_ISSUES it is only counted. */
function problem(r: Reader, path: Path, message: string): undefined {
  if (r.issues.length < MAX_ISSUES) r.issues.push(makeIssue(path, message));
  else r.uncounted += 1;
  return undefined;
}

/** Throws every problem noted so far, if there is any. */
function stopIfAny(r: Reader): void {
  if (r.issues.length === 0) return;
  const more =
    r.uncounted > 0 ? [makeIssue([], `and ${r.uncounted} more problems like these`)] : [];
  throw new MedleadValidationError(WHAT, [...r.issues, ...more]);
}

/** An object (not a list) where one must be: a list's entry, the package itself. */
function readEntry(r: Reader, value: unknown, path: Path): Json | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  return problem(r, path, `must be an object, not ${describeValue(value)}`);
}

/** An optional object (absent or `null`: undefined), or a required one with `missing`. */
function readRecord(r: Reader, value: unknown, path: Path, missing?: string): Json | undefined {
  if (value === undefined || value === null) {
    return missing === undefined ? undefined : problem(r, path, `is missing: ${missing}`);
  }
  return readEntry(r, value, path);
}

/** A list; absent or `null` is an empty one. */
function readList(r: Reader, value: unknown, path: Path): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem(r, path, `must be a list, not ${describeValue(value)}`);
  } else if (value.length > MAX_CASE_LIST_LENGTH) {
    problem(
      r,
      path,
      `has ${value.length} entries; medlead reads lists of up to ${MAX_CASE_LIST_LENGTH}`,
    );
  } else {
    return value;
  }
  return [];
}

/**
 * A string field, trimmed; undefined when absent, `null` or blank, which is a problem when
 * `missing` says why the field is needed. Text may be at most MAX_CASE_TEXT_LENGTH long.
 */
function readText(r: Reader, value: unknown, path: Path, missing?: string): string | undefined {
  if (typeof value === 'string') {
    if (value.length > MAX_CASE_TEXT_LENGTH) {
      return problem(
        r,
        path,
        `is ${value.length} characters long; medlead reads text of up to ${MAX_CASE_TEXT_LENGTH}`,
      );
    }
    const trimmed = value.trim();
    if (trimmed !== '') return trimmed;
  } else if (value !== undefined && value !== null) {
    return problem(r, path, `must be a string, not ${describeValue(value)}`);
  }
  return missing === undefined ? undefined : problem(r, path, `is missing: ${missing}`);
}

/** Free text read only for medlead's last line (notes, descriptions): a string, any length. */
function readNotes(r: Reader, value: unknown, path: Path): string {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) {
    problem(r, path, `must be a string, not ${describeValue(value)}`);
  }
  return '';
}

/** A finite number, or undefined when absent or `null`. */
function readNumber(r: Reader, value: unknown, path: Path, why = ''): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return problem(r, path, `must be a number, not ${describeValue(value)}${why}`);
}

/** A CASE 1.1 `extensions.medlead` object, if there is one. */
function readMedlead(r: Reader, owner: Json, path: Path): Json | undefined {
  const extensions = readRecord(r, owner.extensions, [...path, 'extensions']);
  return extensions && readRecord(r, extensions.medlead, [...path, 'extensions', 'medlead']);
}

/** The document's title, and what medlead's own export says of the framework (its notes line). */
function documentFacts(r: Reader, document: Json): DocumentFacts {
  const title = readText(r, document.title, ['CFDocument', 'title'], 'CASE requires it');
  const line = readFrameworkLine(readNotes(r, document.notes, ['CFDocument', 'notes']));
  // A year no framework can have is left for the document's dates to give.
  const lineYear =
    line !== undefined && line.year >= 1900 && line.year <= 2100 ? line.year : undefined;
  return { title, ...line, year: lineYear };
}

/** The year of the document's status start or last change, if either gives a sane one. */
function yearOf(r: Reader, document: Json): number | undefined {
  for (const field of ['statusStartDate', 'lastChangeDateTime']) {
    const value = document[field];
    const year = typeof value === 'string' ? Number(/^(\d{4})-/.exec(value)?.[1]) : Number.NaN;
    if (year >= 1900 && year <= 2100) return year;
  }
  return problem(
    r,
    ['CFDocument', 'lastChangeDateTime'],
    'gives no year (1900 to 2100), nor does statusStartDate: pass options.year',
  );
}

/** Reads CFItems (and the item types they name), indexing them by identifier. */
function readItems(r: Reader, pkg: Json, documentId: string | undefined): void {
  const itemTypes = readItemTypes(r, pkg);
  const list = readList(r, pkg.CFItems, ['CFItems']);
  if (list.length === 0 && r.issues.length === 0) {
    problem(r, ['CFItems'], 'has no items: a framework needs at least one');
  }
  list.forEach((value, index) => {
    const path = ['CFItems', index];
    const item = readEntry(r, value, path);
    if (item === undefined) return;
    const identifier = readText(r, item.identifier, [...path, 'identifier'], 'CASE requires it');
    if (identifier !== undefined) {
      const before = r.itemIndex.get(identifier);
      if (before !== undefined) {
        problem(r, [...path, 'identifier'], `is also the identifier of CFItems[${before}]`);
      } else if (identifier === documentId) {
        problem(r, [...path, 'identifier'], 'is also the identifier of the CFDocument');
      } else {
        r.itemIndex.set(identifier, index);
      }
    }
    const read = readItem(r, item, path, itemTypes);
    const listEnumeration = readText(r, item.listEnumeration, [...path, 'listEnumeration']);
    if (read === undefined) return;
    r.items.set(index, {
      index,
      ...read,
      ...(listEnumeration === undefined ? {} : { listEnumeration }),
    });
  });
}

/** One item as a node: its id, code, title (and summary) and kind. */
function readItem(
  r: Reader,
  item: Json,
  path: Path,
  itemTypes: ReadonlyMap<string, { readonly kind: string; readonly title: string }>,
): Pick<ItemRead, 'node' | 'kindTitle'> | undefined {
  const full = readText(r, item.fullStatement, [...path, 'fullStatement'], 'CASE requires it');
  const abbreviated = readText(r, item.abbreviatedStatement, [...path, 'abbreviatedStatement']);
  const humanCode = readText(r, item.humanCodingScheme, [...path, 'humanCodingScheme']);
  const typeText = readText(r, item.CFItemType, [...path, 'CFItemType']);
  const typeLink = readRecord(r, item.CFItemTypeURI, [...path, 'CFItemTypeURI']);
  const typeId =
    typeLink && readText(r, typeLink.identifier, [...path, 'CFItemTypeURI', 'identifier']);
  const notes = readNotes(r, item.notes, [...path, 'notes']);
  const extension = readMedlead(r, item, path);
  const at = (name: string) => [...path, 'extensions', 'medlead', name];
  const medleadId = extension && readText(r, extension.id, at('id'));
  const medleadCode = extension && readText(r, extension.code, at('code'));
  if (full === undefined) return undefined;

  const itemType = typeId === undefined ? undefined : itemTypes.get(typeId);
  const kindTitle = itemType?.title ?? typeText;
  const kind = itemType?.kind ?? (kindTitle === undefined ? undefined : familyIdOf(kindTitle));
  const id = medleadId ?? readItemLine(notes);
  const code = medleadCode ?? humanCode;
  const useAbbreviated = abbreviated !== undefined && full.length > LONG_STATEMENT_LENGTH;
  return {
    node: {
      ...(id === undefined ? {} : { id }),
      ...(code === undefined ? {} : { code }),
      title: useAbbreviated ? abbreviated : full,
      ...(useAbbreviated ? { description: full } : {}),
      ...(kind === undefined ? {} : { kind }),
    },
    ...(kindTitle === undefined ? {} : { kindTitle }),
  };
}

/** CFDefinitions.CFItemTypes by identifier: each one's kind (its typeCode if a slug) and title. */
function readItemTypes(
  r: Reader,
  pkg: Json,
): Map<string, { readonly kind: string; readonly title: string }> {
  const types = new Map<string, { kind: string; title: string }>();
  // OpenSALT's schema allows an empty list where a package has no definitions.
  if (Array.isArray(pkg.CFDefinitions) && pkg.CFDefinitions.length === 0) return types;
  const definitions = readRecord(r, pkg.CFDefinitions, ['CFDefinitions']);
  const path = ['CFDefinitions', 'CFItemTypes'];
  readList(r, definitions?.CFItemTypes, path).forEach((value, index) => {
    const itemType = readEntry(r, value, [...path, index]);
    if (itemType === undefined) return;
    const identifier = readText(r, itemType.identifier, [...path, index, 'identifier']);
    const title = readText(r, itemType.title, [...path, index, 'title'], 'CASE requires it');
    const typeCode = readText(r, itemType.typeCode, [...path, index, 'typeCode']);
    if (identifier === undefined || title === undefined) return;
    const kind =
      typeCode !== undefined && SlugSchema.safeParse(typeCode).success
        ? typeCode
        : familyIdOf(title);
    types.set(identifier, { kind, title });
  });
  return types;
}

/** The identifier at one end of an association. */
function endOf(r: Reader, value: unknown, path: Path): string | undefined {
  const end = readRecord(r, value, path, 'CASE requires both ends of an association');
  return end && readText(r, end.identifier, [...path, 'identifier'], 'CASE requires it');
}

/** Places every item under its parent by its isChildOf association. */
function readHierarchy(r: Reader, pkg: Json, documentId: string | undefined): void {
  readList(r, pkg.CFAssociations, ['CFAssociations']).forEach((value, index) => {
    const path = ['CFAssociations', index];
    const association = readEntry(r, value, path);
    if (association === undefined) return;
    const type = readText(
      r,
      association.associationType,
      [...path, 'associationType'],
      'CASE requires it',
    );
    // Other associations (crosswalk links, exemplars…) say nothing of the hierarchy.
    if (type !== 'isChildOf') return;
    const originPath = [...path, 'originNodeURI', 'identifier'];
    const destinationPath = [...path, 'destinationNodeURI', 'identifier'];
    const origin = endOf(r, association.originNodeURI, [...path, 'originNodeURI']);
    const destination = endOf(r, association.destinationNodeURI, [...path, 'destinationNodeURI']);
    const sequenceNumber = readNumber(r, association.sequenceNumber, [...path, 'sequenceNumber']);
    if (origin === undefined || destination === undefined) return;
    const child = r.itemIndex.get(origin);
    if (child === undefined) {
      problem(r, originPath, 'names no item of this package');
      return;
    }
    const parent = destination === documentId ? DOCUMENT : r.itemIndex.get(destination);
    if (parent === undefined) {
      problem(r, destinationPath, 'names neither the document nor an item of this package');
      return;
    }
    if (parent === child) {
      problem(
        r,
        destinationPath,
        `names CFItems[${child}] itself: an item cannot hang from itself`,
      );
      return;
    }
    const item = r.items.get(child);
    if (item === undefined) return; // the item itself was refused, with its own problem
    if (item.placedBy !== undefined) {
      problem(
        r,
        originPath,
        `names CFItems[${child}], placed already by CFAssociations[${item.placedBy}]: an item has one parent`,
      );
      return;
    }
    item.parent = parent;
    item.placedBy = index;
    if (sequenceNumber !== undefined) item.sequenceNumber = sequenceNumber;
  });
  for (const item of r.items.values()) {
    if (item.parent === undefined) {
      problem(r, ['CFItems', item.index], 'hangs from nothing: no isChildOf association places it');
    }
  }
}

/**
 * Follows every item up to the document, without recursion, refusing a cycle and a hierarchy
 * deeper than a framework may be (MAX_FRAMEWORK_DEPTH).
 */
function checkCyclesAndDepth(r: Reader): void {
  const ON_PATH = -1;
  const NOWHERE = -2; // in a cycle, or under an item that hangs from nothing
  const depths = new Map<number, number>();
  let tooDeep = false;
  for (const start of r.items.values()) {
    const climbed: ItemRead[] = [];
    let current: ItemRead | undefined = start;
    let base = NOWHERE;
    while (current !== undefined) {
      const known = depths.get(current.index);
      if (known === ON_PATH) {
        const loop = climbed.slice(climbed.indexOf(current));
        problem(
          r,
          ['CFAssociations', current.placedBy ?? 0],
          `closes a cycle: ${[...loop, current].map((item) => `CFItems[${item.index}]`).join(' hangs from ')}`,
        );
      }
      if (known !== undefined) {
        base = known === ON_PATH ? NOWHERE : known;
        break;
      }
      depths.set(current.index, ON_PATH);
      climbed.push(current);
      if (current.parent === DOCUMENT) base = 0;
      current = current.parent === undefined ? undefined : r.items.get(current.parent);
    }
    climbed.forEach((item, position) => {
      const depth = base === NOWHERE ? NOWHERE : base + climbed.length - position;
      depths.set(item.index, depth);
      if (depth > MAX_FRAMEWORK_DEPTH && !tooDeep) {
        tooDeep = true;
        problem(
          r,
          ['CFItems', item.index],
          `is ${depth} levels deep; medlead reads hierarchies of up to ${MAX_FRAMEWORK_DEPTH} levels`,
        );
      }
    });
  }
}

/** The hierarchy, each item's children in order. */
function treeOf(r: Reader): ImportedNodeDraft[] {
  const children = new Map<number, ItemRead[]>();
  for (const item of r.items.values()) {
    const parent = item.parent ?? DOCUMENT;
    const siblings = children.get(parent);
    if (siblings === undefined) children.set(parent, [item]);
    else siblings.push(item);
  }
  for (const siblings of children.values()) siblings.sort(siblingOrder);
  // At most MAX_FRAMEWORK_DEPTH levels deep (checked above), so recursion is safe.
  const build = (item: ItemRead): ImportedNodeDraft => ({
    ...item.node,
    children: (children.get(item.index) ?? []).map(build),
  });
  return (children.get(DOCUMENT) ?? []).map(build);
}

/** What the framework calls each kind: the item type's title, and its plural. */
function termsOf(r: Reader): Record<string, { singular: string; plural: string }> {
  const terms: Record<string, { singular: string; plural: string }> = {};
  for (const { node, kindTitle } of r.items.values()) {
    if (node.kind === undefined || Object.hasOwn(terms, node.kind)) continue;
    const singular = kindTitle ?? node.kind;
    terms[node.kind] = { singular, plural: pluralOf(singular) };
  }
  return terms;
}

/**
 * The rating scales the rubrics define: the first is the default. A rubric medlead wrote for
 * a generic scale (`frequency-5`) names that scale rather than adding a copy.
 */
function readScales(
  r: Reader,
  pkg: Json,
  familyId: string,
): { scales: RatingScale[]; defaultScale?: string; ratedKind?: string } {
  const scales: RatingScale[] = [];
  let defaultScale: string | undefined;
  let ratedKind: string | undefined;
  readList(r, pkg.CFRubrics, ['CFRubrics']).forEach((value, index) => {
    const path = ['CFRubrics', index];
    const rubric = readEntry(r, value, path);
    const read = rubric && readRubric(r, rubric, path, familyId, scales);
    if (read === undefined) return;
    if (index === 0) ratedKind = read.ratedKind;
    const generic = genericScales.find((scale) => scale.id === read.scale.id);
    const isGeneric =
      generic !== undefined &&
      generic.points.length === read.scale.points.length &&
      generic.points.every(
        (point, at) =>
          point.value === read.scale.points[at]?.value &&
          point.label === read.scale.points[at]?.label,
      );
    if (!isGeneric) scales.push(read.scale);
    defaultScale ??= read.scale.id;
  });
  stopIfAny(r);
  return {
    scales,
    ...(defaultScale === undefined ? {} : { defaultScale }),
    ...(ratedKind === undefined ? {} : { ratedKind }),
  };
}

/** One rubric as a rating scale, and the kind of item its first criterion rates. */
function readRubric(
  r: Reader,
  rubric: Json,
  path: Path,
  familyId: string,
  taken: readonly RatingScale[],
): { scale: RatingScale; ratedKind?: string } | undefined {
  const title = readText(r, rubric.title, [...path, 'title']) ?? 'Rating scale';
  const description = readNotes(r, rubric.description, [...path, 'description']);
  const line = readScaleLine(description);
  const summary = line === undefined ? description.trim() : withoutLastLine(description);
  if (summary !== undefined && summary.length > MAX_CASE_TEXT_LENGTH) {
    problem(r, [...path, 'description'], `is over ${MAX_CASE_TEXT_LENGTH} characters long`);
  }
  if (line !== undefined && !ScaleIdSchema.safeParse(line.id).success) {
    problem(r, [...path, 'description'], `names the scale "${line.id}", which is not a scale id`);
  }
  const givenId = line?.id;
  const base = givenId ?? `${scaleSlugOf(familyId)}:${scaleSlugOf(title)}`;
  let id = base;
  for (let n = 2; taken.some((scale) => scale.id === id); n += 1) id = `${base}-${n}`;

  const criteria = readList(r, rubric.CFRubricCriteria, [...path, 'CFRubricCriteria']);
  const criterionIndex = criteria.findIndex(
    (criterion) =>
      isPlainObject(criterion) &&
      Array.isArray(criterion.CFRubricCriterionLevels) &&
      criterion.CFRubricCriterionLevels.length > 0,
  );
  if (criterionIndex < 0) {
    return problem(
      r,
      [...path, 'CFRubricCriteria'],
      'has no criterion with levels: it is no rating scale',
    );
  }
  const criterion = criteria[criterionIndex] as Json;
  const criterionPath = [...path, 'CFRubricCriteria', criterionIndex];
  const points = readLevels(r, criterion, criterionPath);
  const itemLink = readRecord(r, criterion.CFItemURI, [...criterionPath, 'CFItemURI']);
  const itemId =
    itemLink && readText(r, itemLink.identifier, [...criterionPath, 'CFItemURI', 'identifier']);
  const ratedItem = itemId === undefined ? undefined : r.itemIndex.get(itemId);
  const ratedKind = ratedItem === undefined ? undefined : r.items.get(ratedItem)?.node.kind;
  if (points === undefined) return undefined;
  return {
    scale: {
      id,
      title,
      ...(summary === undefined || summary === '' ? {} : { summary }),
      measures: line?.measures ?? 'performance',
      points,
      provenance: 'published',
    },
    ...(ratedKind === undefined ? {} : { ratedKind }),
  };
}

/** A criterion's levels as a scale's points, lowest score first. */
function readLevels(r: Reader, criterion: Json, path: Path): ScalePoint[] | undefined {
  const levelsPath = [...path, 'CFRubricCriterionLevels'];
  const points: { point: ScalePoint; at: number }[] = [];
  readList(r, criterion.CFRubricCriterionLevels, levelsPath).forEach((value, index) => {
    const level = readEntry(r, value, [...levelsPath, index]);
    if (level === undefined) return;
    const scorePath = [...levelsPath, index, 'score'];
    const why = 'a level’s score is the value of a point on the rating scale';
    const score =
      level.score === undefined || level.score === null
        ? problem(r, scorePath, `is missing: ${why}`)
        : readNumber(r, level.score, scorePath, `: ${why}`);
    const quality = readText(r, level.quality, [...levelsPath, index, 'quality']);
    const description = readText(r, level.description, [...levelsPath, index, 'description']);
    if (score === undefined) return;
    if (Math.abs(score) > MAX_SCALE_MAGNITUDE) {
      problem(r, [...levelsPath, index, 'score'], `must be within ±${MAX_SCALE_MAGNITUDE}`);
      return;
    }
    const label = quality ?? description ?? `Level ${score}`;
    const summary = quality !== undefined ? description : undefined;
    points.push({
      point: { value: score, label, ...(summary === undefined ? {} : { summary }) },
      at: index,
    });
  });
  points.sort((a, b) => a.point.value - b.point.value);
  points.forEach(({ point, at }, index) => {
    if (index > 0 && points[index - 1]?.point.value === point.value) {
      problem(
        r,
        [...levelsPath, at, 'score'],
        `${point.value} is the score of another level too: each point of a scale has its own value`,
      );
    }
  });
  if (points.length < 2) {
    problem(r, levelsPath, 'needs two levels or more with scores');
  }
  return r.issues.length === 0 ? points.map(({ point }) => point) : undefined;
}
