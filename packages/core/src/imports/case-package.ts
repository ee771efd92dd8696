// Import a 1EdTech CASE CFPackage (CASE 1.0 or 1.1, as an object or its JSON text) as a checked
// medlead framework. The hierarchy is read from the `isChildOf` associations (CASE 1.0
// information model: an item's parent is the destination of its isChildOf association, the
// document itself for a top-level item); the fields read are those of the CASE 1.0
// `CFPckgItem.Type` and `CFRubric.Type` definitions and the CASE 1.1 CFPackage JSON Schema.
// Anything else a server adds (OpenSALT's `CFDocumentURI`, `CFPackageURI`…) is ignored.
// medlead's own exports carry their node ids, key and scale ids (case-medlead-lines.ts, and
// `extensions.medlead` in 1.1), so a round trip keeps them.
import {
  readFrameworkLine,
  readItemLine,
  readScaleLine,
  withoutLastLine,
} from '../exports/case-medlead-lines';
import { FrameworkKeySchema, SlugSchema } from '../model/ids';
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
  readonly shortTitle?: string | undefined;
  readonly terms?: Json | undefined;
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
 * characters or a package over 50,000,000; it never returns part of a framework.
 */
export function fromCasePackage(input: unknown, options?: CaseImportOptions): Framework {
  const { shared } = readImportOptions(WHAT, options);
  const root = readInput(input);
  // The reader follows only the paths CASE defines, never recursing into the input, so a cycle
  // or a deep object cannot trap it; a getter or Proxy that throws is reported at the root.
  const draft = guard(WHAT, [], () => new PackageReader().read(root, shared));
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
    return JSON.parse(input);
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

const measuresKinds: readonly string[] = ['performance', 'importance', 'agreement', 'frequency'];

/** A word's plural, well enough for the name of a kind ("competency", "competencies"). */
function pluralOf(word: string): string {
  if (/s$/i.test(word)) return word;
  return /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** A scale id part (lower-case words joined by "-") made from any text. */
function scaleSlugOf(text: string): string {
  return slugOf(text).replace(/[.-]+/g, '-') || 'scale';
}

/** Reads one package, collecting every problem it finds before giving up. */
class PackageReader {
  private readonly issues: ValidationIssue[] = [];
  private uncounted = 0;
  /** CFItems by identifier, then the items read, by their index in CFItems. */
  private readonly itemIndex = new Map<string, number>();
  private readonly items = new Map<number, ItemRead>();

  read(root: unknown, options: ImportOptions): ImportDraft {
    const pkg = this.entry(root, []);
    this.stopIfAny();
    const doc = this.record(
      pkg?.CFDocument,
      ['CFDocument'],
      'a CASE package has one CFDocument, the framework itself',
    );
    this.stopIfAny();
    const document = doc as Json;
    const packageJson = pkg as Json;
    const documentId = this.text(
      document.identifier,
      ['CFDocument', 'identifier'],
      'top-level items hang from the document by its identifier',
    );
    const facts = this.documentFacts(document);
    this.readItems(packageJson, documentId);
    this.readHierarchy(packageJson, documentId);
    this.checkCyclesAndDepth();
    this.stopIfAny();

    const id = options.id ?? facts.id ?? familyIdOf(facts.title ?? '');
    const { scales, defaultScale, ratedKind } = this.readScales(packageJson, id);
    const year = options.year ?? facts.year ?? this.yearOf(document);
    const creator = this.text(document.creator, ['CFDocument', 'creator']);
    const publisher =
      options.publisher ?? creator ?? this.text(document.publisher, ['CFDocument', 'publisher']);
    if (publisher === undefined) {
      this.problem(
        ['CFDocument', 'creator'],
        'is missing: CASE requires the creator, the organisation whose framework it is (or pass options.publisher)',
      );
    }
    const officialSource = this.text(document.officialSourceURL, [
      'CFDocument',
      'officialSourceURL',
    ]);
    const description = this.text(document.description, ['CFDocument', 'description']);
    this.stopIfAny();

    const kinds = new Set([...this.items.values()].map((item) => item.node.kind));
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
      ...(options.title === undefined && facts.shortTitle !== undefined
        ? { shortTitle: facts.shortTitle }
        : {}),
      publisher: publisher ?? '',
      year: year ?? 0,
      ...(description === undefined ? {} : { description }),
      format: `a 1EdTech CASE ${document.caseVersion === '1.1' ? '1.1' : '1.0'} package`,
      ...(sourceUrl === undefined ? {} : { sourceUrl }),
      terms: this.terms(facts.terms),
      ...(assessedKind === undefined ? {} : { assessedKind }),
      scales,
      ...(defaultScale === undefined ? {} : { defaultScale }),
      nodes: this.tree(),
    };
  }

  private problem(path: Path, message: string): undefined {
    if (this.issues.length < MAX_ISSUES) this.issues.push(makeIssue(path, message));
    else this.uncounted += 1;
    return undefined;
  }

  private stopIfAny(): void {
    if (this.issues.length === 0) return;
    const more =
      this.uncounted > 0 ? [makeIssue([], `and ${this.uncounted} more problems like these`)] : [];
    throw new MedleadValidationError(WHAT, [...this.issues, ...more]);
  }

  /** An object (not a list) where one must be: a list's entry, the package itself. */
  private entry(value: unknown, path: Path): Json | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    return this.problem(path, `must be an object, not ${describeValue(value)}`);
  }

  /** An optional object (absent or `null`: undefined), or a required one with `missing`. */
  private record(value: unknown, path: Path, missing?: string): Json | undefined {
    if (value === undefined || value === null) {
      return missing === undefined ? undefined : this.problem(path, `is missing: ${missing}`);
    }
    return this.entry(value, path);
  }

  /** A list; absent or `null` is an empty one. */
  private list(value: unknown, path: Path): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(path, `must be a list, not ${describeValue(value)}`);
    } else if (value.length > MAX_CASE_LIST_LENGTH) {
      this.problem(
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
  private text(value: unknown, path: Path, missing?: string): string | undefined {
    if (typeof value === 'string') {
      if (value.length > MAX_CASE_TEXT_LENGTH) {
        return this.problem(
          path,
          `is ${value.length} characters long; medlead reads text of up to ${MAX_CASE_TEXT_LENGTH}`,
        );
      }
      const trimmed = value.trim();
      if (trimmed !== '') return trimmed;
    } else if (value !== undefined && value !== null) {
      return this.problem(path, `must be a string, not ${describeValue(value)}`);
    }
    return missing === undefined ? undefined : this.problem(path, `is missing: ${missing}`);
  }

  /** Free text read only for medlead's last line (notes, descriptions): a string, any length. */
  private notes(value: unknown, path: Path): string {
    if (typeof value === 'string') return value;
    if (value !== undefined && value !== null) {
      this.problem(path, `must be a string, not ${describeValue(value)}`);
    }
    return '';
  }

  /** A finite number, or undefined when absent or `null`. */
  private number(value: unknown, path: Path, why = ''): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return this.problem(path, `must be a number, not ${describeValue(value)}${why}`);
  }

  /** A CASE 1.1 `extensions.medlead` object, if there is one. */
  private medlead(owner: Json, path: Path): Json | undefined {
    const extensions = this.record(owner.extensions, [...path, 'extensions']);
    return extensions && this.record(extensions.medlead, [...path, 'extensions', 'medlead']);
  }

  /** The document's title, and what medlead's own export says of the framework. */
  private documentFacts(document: Json): DocumentFacts {
    const title = this.text(
      document.title,
      ['CFDocument', 'title'],
      'CASE requires the document’s title, which becomes the framework’s',
    );
    const line = readFrameworkLine(this.notes(document.notes, ['CFDocument', 'notes']));
    const facts: DocumentFacts = { title, ...line };
    const extension = this.medlead(document, ['CFDocument']);
    if (extension === undefined) return facts;
    const at = (name: string) => ['CFDocument', 'extensions', 'medlead', name];
    const key = this.text(extension.key, at('key'));
    if (key !== undefined && !FrameworkKeySchema.safeParse(key).success) {
      this.problem(at('key'), 'must be a framework key, "family@edition"');
    }
    const [id, edition] = key?.split('@') ?? [];
    const year = this.number(extension.year, at('year'));
    const shortTitle = this.text(extension.shortTitle, at('shortTitle'));
    const terms = this.record(extension.terms, at('terms'));
    return {
      ...facts,
      ...(id === undefined ? {} : { id, edition }),
      version: this.text(extension.version, at('version')) ?? facts.version,
      year: year !== undefined && year >= 1900 && year <= 2100 ? Math.trunc(year) : facts.year,
      assessedKind: this.text(extension.assessedKind, at('assessedKind')) ?? facts.assessedKind,
      title: this.text(extension.title, at('title')) ?? title,
      ...(shortTitle === undefined ? {} : { shortTitle }),
      ...(terms === undefined ? {} : { terms }),
    };
  }

  /** The year of the document's status start or last change, if either gives a sane one. */
  private yearOf(document: Json): number | undefined {
    for (const field of ['statusStartDate', 'lastChangeDateTime']) {
      const value = document[field];
      const year = typeof value === 'string' ? Number(/^(\d{4})-/.exec(value)?.[1]) : Number.NaN;
      if (year >= 1900 && year <= 2100) return year;
    }
    return this.problem(
      ['CFDocument', 'lastChangeDateTime'],
      'gives no year from 1900 to 2100, nor does statusStartDate: pass options.year',
    );
  }

  private readItems(pkg: Json, documentId: string | undefined): void {
    const itemTypes = this.readItemTypes(pkg);
    const list = this.list(pkg.CFItems, ['CFItems']);
    if (list.length === 0 && this.issues.length === 0) {
      this.problem(['CFItems'], 'has no items: a framework needs at least one');
    }
    list.forEach((value, index) => {
      const path = ['CFItems', index];
      const item = this.entry(value, path);
      if (item === undefined) return;
      const identifier = this.text(item.identifier, [...path, 'identifier'], 'CASE requires it');
      if (identifier !== undefined) {
        const before = this.itemIndex.get(identifier);
        if (before !== undefined) {
          this.problem([...path, 'identifier'], `is also the identifier of CFItems[${before}]`);
        } else if (identifier === documentId) {
          this.problem([...path, 'identifier'], 'is also the identifier of the CFDocument');
        } else {
          this.itemIndex.set(identifier, index);
        }
      }
      const read = this.readItem(item, path, itemTypes);
      const listEnumeration = this.text(item.listEnumeration, [...path, 'listEnumeration']);
      if (read === undefined) return;
      this.items.set(index, {
        index,
        ...read,
        ...(listEnumeration === undefined ? {} : { listEnumeration }),
      });
    });
  }

  private readItem(
    item: Json,
    path: Path,
    itemTypes: ReadonlyMap<string, { readonly kind: string; readonly title: string }>,
  ): Pick<ItemRead, 'node' | 'kindTitle'> | undefined {
    const full = this.text(
      item.fullStatement,
      [...path, 'fullStatement'],
      'CASE requires every item’s full statement, which becomes its title',
    );
    const abbreviated = this.text(item.abbreviatedStatement, [...path, 'abbreviatedStatement']);
    const humanCode = this.text(item.humanCodingScheme, [...path, 'humanCodingScheme']);
    const typeText = this.text(item.CFItemType, [...path, 'CFItemType']);
    const typeLink = this.record(item.CFItemTypeURI, [...path, 'CFItemTypeURI']);
    const typeId =
      typeLink && this.text(typeLink.identifier, [...path, 'CFItemTypeURI', 'identifier']);
    const notes = this.notes(item.notes, [...path, 'notes']);
    const extension = this.medlead(item, path);
    const at = (name: string) => [...path, 'extensions', 'medlead', name];
    const medleadId = extension && this.text(extension.id, at('id'));
    const medleadCode = extension && this.text(extension.code, at('code'));
    const medleadKind = extension && this.text(extension.kind, at('kind'));
    if (full === undefined) return undefined;

    const itemType = typeId === undefined ? undefined : itemTypes.get(typeId);
    const kindTitle = itemType?.title ?? typeText;
    const kind =
      (medleadKind !== undefined && SlugSchema.safeParse(medleadKind).success
        ? medleadKind
        : undefined) ??
      itemType?.kind ??
      (kindTitle === undefined ? undefined : familyIdOf(kindTitle));
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
  private readItemTypes(pkg: Json): Map<string, { readonly kind: string; readonly title: string }> {
    const types = new Map<string, { kind: string; title: string }>();
    // OpenSALT's schema allows an empty list where a package has no definitions.
    if (Array.isArray(pkg.CFDefinitions) && pkg.CFDefinitions.length === 0) return types;
    const definitions = this.record(pkg.CFDefinitions, ['CFDefinitions']);
    const path = ['CFDefinitions', 'CFItemTypes'];
    this.list(definitions?.CFItemTypes, path).forEach((value, index) => {
      const itemType = this.entry(value, [...path, index]);
      if (itemType === undefined) return;
      const identifier = this.text(itemType.identifier, [...path, index, 'identifier']);
      const title = this.text(itemType.title, [...path, index, 'title'], 'CASE requires it');
      const typeCode = this.text(itemType.typeCode, [...path, index, 'typeCode']);
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
  private endOf(value: unknown, path: Path): string | undefined {
    const end = this.record(value, path, 'CASE requires both ends of an association');
    return end && this.text(end.identifier, [...path, 'identifier'], 'CASE requires it');
  }

  /** Places every item under its parent by its isChildOf association. */
  private readHierarchy(pkg: Json, documentId: string | undefined): void {
    this.list(pkg.CFAssociations, ['CFAssociations']).forEach((value, index) => {
      const path = ['CFAssociations', index];
      const association = this.entry(value, path);
      if (association === undefined) return;
      const type = this.text(
        association.associationType,
        [...path, 'associationType'],
        'CASE requires it',
      );
      // Other associations (crosswalk links, exemplars…) say nothing of the hierarchy.
      if (type !== 'isChildOf') return;
      const originPath = [...path, 'originNodeURI', 'identifier'];
      const destinationPath = [...path, 'destinationNodeURI', 'identifier'];
      const origin = this.endOf(association.originNodeURI, [...path, 'originNodeURI']);
      const destination = this.endOf(association.destinationNodeURI, [
        ...path,
        'destinationNodeURI',
      ]);
      const sequenceNumber = this.number(association.sequenceNumber, [...path, 'sequenceNumber']);
      if (origin === undefined || destination === undefined) return;
      const child = this.itemIndex.get(origin);
      if (child === undefined) {
        this.problem(originPath, 'names no item of this package');
        return;
      }
      const parent = destination === documentId ? DOCUMENT : this.itemIndex.get(destination);
      if (parent === undefined) {
        this.problem(destinationPath, 'names neither the document nor an item of this package');
        return;
      }
      if (parent === child) {
        this.problem(
          destinationPath,
          `names CFItems[${child}] itself: an item cannot hang from itself`,
        );
        return;
      }
      const item = this.items.get(child);
      if (item === undefined) return; // the item itself was refused, with its own problem
      if (item.placedBy !== undefined) {
        this.problem(
          originPath,
          `names CFItems[${child}], already placed by CFAssociations[${item.placedBy}]: in medlead an item has one parent`,
        );
        return;
      }
      item.parent = parent;
      item.placedBy = index;
      if (sequenceNumber !== undefined) item.sequenceNumber = sequenceNumber;
    });
    for (const item of this.items.values()) {
      if (item.parent === undefined) {
        this.problem(
          ['CFItems', item.index],
          'hangs from nothing: no isChildOf association links it to the document or to another item',
        );
      }
    }
  }

  /**
   * Follows every item up to the document, without recursion, refusing a cycle and a hierarchy
   * deeper than a framework may be (MAX_FRAMEWORK_DEPTH).
   */
  private checkCyclesAndDepth(): void {
    const ON_PATH = -1;
    const NOWHERE = -2; // in a cycle, or under an item that hangs from nothing
    const depths = new Map<number, number>();
    let tooDeep = false;
    for (const start of this.items.values()) {
      const climbed: ItemRead[] = [];
      let current: ItemRead | undefined = start;
      let base = NOWHERE;
      while (current !== undefined) {
        const known = depths.get(current.index);
        if (known === ON_PATH) {
          const loop = climbed.slice(climbed.indexOf(current));
          this.problem(
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
        current = current.parent === undefined ? undefined : this.items.get(current.parent);
      }
      climbed.forEach((item, position) => {
        const depth = base === NOWHERE ? NOWHERE : base + climbed.length - position;
        depths.set(item.index, depth);
        if (depth > MAX_FRAMEWORK_DEPTH && !tooDeep) {
          tooDeep = true;
          this.problem(
            ['CFItems', item.index],
            `is ${depth} levels deep; medlead reads hierarchies of up to ${MAX_FRAMEWORK_DEPTH} levels`,
          );
        }
      });
    }
  }

  /** The hierarchy, each item's children in order. */
  private tree(): ImportedNodeDraft[] {
    const children = new Map<number, ItemRead[]>();
    for (const item of this.items.values()) {
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
  private terms(given: Json | undefined): Record<string, { singular: string; plural: string }> {
    const terms: Record<string, { singular: string; plural: string }> = {};
    for (const { node, kindTitle } of this.items.values()) {
      const kind = node.kind;
      if (kind === undefined || Object.hasOwn(terms, kind)) continue;
      const term = given !== undefined && Object.hasOwn(given, kind) ? given[kind] : undefined;
      const named = isPlainObject(term) ? term : {};
      const singular =
        typeof named.singular === 'string' && named.singular.trim() !== ''
          ? named.singular
          : (kindTitle ?? kind);
      const plural =
        typeof named.plural === 'string' && named.plural.trim() !== ''
          ? named.plural
          : pluralOf(singular);
      terms[kind] = { singular, plural };
    }
    return terms;
  }

  /**
   * The rating scales the rubrics define: the first is the default. A rubric medlead wrote for
   * a generic scale (`frequency-5`) names that scale rather than adding a copy.
   */
  private readScales(
    pkg: Json,
    familyId: string,
  ): { scales: RatingScale[]; defaultScale?: string; ratedKind?: string } {
    const scales: RatingScale[] = [];
    let defaultScale: string | undefined;
    let ratedKind: string | undefined;
    this.list(pkg.CFRubrics, ['CFRubrics']).forEach((value, index) => {
      const path = ['CFRubrics', index];
      const rubric = this.entry(value, path);
      const read = rubric && this.readRubric(rubric, path, familyId, scales);
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
    this.stopIfAny();
    return {
      scales,
      ...(defaultScale === undefined ? {} : { defaultScale }),
      ...(ratedKind === undefined ? {} : { ratedKind }),
    };
  }

  private readRubric(
    rubric: Json,
    path: Path,
    familyId: string,
    taken: readonly RatingScale[],
  ): { scale: RatingScale; ratedKind?: string } | undefined {
    const title = this.text(rubric.title, [...path, 'title']) ?? 'Rating scale';
    const description = this.notes(rubric.description, [...path, 'description']);
    const line = readScaleLine(description);
    const summary = line === undefined ? description.trim() : withoutLastLine(description);
    if (summary !== undefined && summary.length > MAX_CASE_TEXT_LENGTH) {
      this.problem([...path, 'description'], `is over ${MAX_CASE_TEXT_LENGTH} characters long`);
    }
    const extension = this.medlead(rubric, path);
    const at = (name: string) => [...path, 'extensions', 'medlead', name];
    const givenId = (extension && this.text(extension.scale, at('scale'))) ?? line?.id;
    const measures = (extension && this.text(extension.measures, at('measures'))) ?? line?.measures;
    if (givenId !== undefined && !ScaleIdSchema.safeParse(givenId).success) {
      this.problem(
        extension?.scale === undefined ? [...path, 'description'] : at('scale'),
        `names the scale "${givenId}", which is not a scale id`,
      );
    }
    if (measures !== undefined && !measuresKinds.includes(measures)) {
      this.problem(at('measures'), `must be one of ${measuresKinds.join(', ')}`);
    }
    const base = givenId ?? `${scaleSlugOf(familyId)}:${scaleSlugOf(title)}`;
    let id = base;
    for (let n = 2; taken.some((scale) => scale.id === id); n += 1) id = `${base}-${n}`;

    const criteria = this.list(rubric.CFRubricCriteria, [...path, 'CFRubricCriteria']);
    const criterionIndex = criteria.findIndex(
      (criterion) =>
        isPlainObject(criterion) &&
        Array.isArray(criterion.CFRubricCriterionLevels) &&
        criterion.CFRubricCriterionLevels.length > 0,
    );
    if (criterionIndex < 0) {
      return this.problem(
        [...path, 'CFRubricCriteria'],
        'has no criterion with levels: medlead reads a rubric as a rating scale, whose points are the levels',
      );
    }
    const criterion = criteria[criterionIndex] as Json;
    const criterionPath = [...path, 'CFRubricCriteria', criterionIndex];
    const points = this.readLevels(criterion, criterionPath);
    const itemLink = this.record(criterion.CFItemURI, [...criterionPath, 'CFItemURI']);
    const itemId =
      itemLink && this.text(itemLink.identifier, [...criterionPath, 'CFItemURI', 'identifier']);
    const ratedItem = itemId === undefined ? undefined : this.itemIndex.get(itemId);
    const ratedKind = ratedItem === undefined ? undefined : this.items.get(ratedItem)?.node.kind;
    if (points === undefined) return undefined;
    return {
      scale: {
        id,
        title,
        ...(summary === undefined || summary === '' ? {} : { summary }),
        measures: (measures ?? 'performance') as RatingScale['measures'],
        points,
        provenance: 'published',
      },
      ...(ratedKind === undefined ? {} : { ratedKind }),
    };
  }

  /** A criterion's levels as a scale's points, lowest score first. */
  private readLevels(criterion: Json, path: Path): ScalePoint[] | undefined {
    const levelsPath = [...path, 'CFRubricCriterionLevels'];
    const points: { point: ScalePoint; at: number }[] = [];
    this.list(criterion.CFRubricCriterionLevels, levelsPath).forEach((value, index) => {
      const level = this.entry(value, [...levelsPath, index]);
      if (level === undefined) return;
      const scorePath = [...levelsPath, index, 'score'];
      const why = 'a level’s score is the value of a point on the rating scale';
      const score =
        level.score === undefined || level.score === null
          ? this.problem(scorePath, `is missing: ${why}`)
          : this.number(level.score, scorePath, `: ${why}`);
      const quality = this.text(level.quality, [...levelsPath, index, 'quality']);
      const description = this.text(level.description, [...levelsPath, index, 'description']);
      if (score === undefined) return;
      if (Math.abs(score) > MAX_SCALE_MAGNITUDE) {
        this.problem([...levelsPath, index, 'score'], `must be within ±${MAX_SCALE_MAGNITUDE}`);
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
        this.problem(
          [...levelsPath, at, 'score'],
          `${point.value} is the score of another level too: each point of a scale has its own value`,
        );
      }
    });
    if (points.length < 2) {
      this.problem(
        levelsPath,
        'needs two levels or more with scores: a rating scale has at least two points',
      );
    }
    return this.issues.length === 0 ? points.map(({ point }) => point) : undefined;
  }
}
