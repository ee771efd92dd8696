// What every import shares: turning the tree read from another system's file (CASE, Moodle,
// Canvas) into a checked medlead Framework. Each format's module reads its own file and hands
// over an `ImportDraft`; this module names the nodes, says whose text it is, and validates the
// whole through the framework schema, so an import returns a complete framework or throws.
import * as z from 'zod';
import { EditionSchema, FrameworkIdSchema } from '../model/ids';
import type { Framework, RatingScale } from '../model/types';
import { describeValue, readOptions } from '../validation/arguments';
import { MedleadValidationError, makeIssue } from '../validation/errors';
import { safeParseFramework } from '../validation/parse';

const importOptionKeys = ['id', 'edition', 'title', 'publisher', 'year', 'sourceUrl'];

/**
 * Options every import takes. The file says most of this; an option overrides the file (a
 * deanery importing its own curriculum names itself as `publisher`, and picks the `id` and
 * `edition` its assessments will use).
 */
const ImportOptionsSchema = z.object({
  /** The framework family id, e.g. `north-deanery`; by default made from the file's title. */
  id: FrameworkIdSchema.optional(),
  /** The edition, e.g. `2024`; by default the year. */
  edition: EditionSchema.optional(),
  /** The framework's title; by default the file's. */
  title: z.string().trim().min(1).optional(),
  /** The organisation whose framework it is; by default the file's creator. */
  publisher: z.string().trim().min(1).optional(),
  /** The framework's year; by default the file's (a format module refuses a file with none). */
  year: z.int().min(1900).max(2100).optional(),
  /** Where the file came from (http or https), cited as the framework's source. */
  sourceUrl: z.url({ protocol: /^https?$/, message: 'must be an http: or https: URL' }).optional(),
});

export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/**
 * Reads the options shared by every import (plus a format's own `extraKeys`, returned
 * unchecked in `extra` for the format module to check). Throws `MedleadValidationError` at
 * `options.<name>` for an unknown option or a bad value.
 */
export function readImportOptions(
  what: string,
  options: unknown,
  extraKeys: readonly string[] = [],
): { readonly shared: ImportOptions; readonly extra: Record<string, unknown> } {
  const given = readOptions(what, ['options'], options, [...importOptionKeys, ...extraKeys]);
  const sharedGiven: Record<string, unknown> = {};
  const extra: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(given)) {
    if (importOptionKeys.includes(key)) sharedGiven[key] = value;
    else extra[key] = value;
  }
  // Only strings and numbers reach zod, so a hostile object (a Proxy) cannot trip it up.
  const wrongType = Object.entries(sharedGiven).flatMap(([key, value]) => {
    const wanted = key === 'year' ? 'number' : 'string';
    return typeof value === wanted
      ? []
      : [makeIssue(['options', key], `must be a ${wanted}, not ${describeValue(value)}`)];
  });
  if (wrongType.length > 0) throw new MedleadValidationError(what, wrongType);
  const checked = ImportOptionsSchema.safeParse(sharedGiven);
  if (!checked.success) {
    throw new MedleadValidationError(
      what,
      checked.error.issues.map((issue) => makeIssue(['options', ...issue.path], issue.message)),
    );
  }
  return { shared: checked.data, extra };
}

/** One node as read from the file. */
export interface ImportedNodeDraft {
  /** medlead's own node id, where the file is a medlead export that carries it. */
  readonly id?: string;
  /** The code or number the file gives the node (`1.1`, an ID number). */
  readonly code?: string;
  readonly title: string;
  /** Longer text the file gives, kept as the node's summary. */
  readonly description?: string;
  /** A kind slug (`domain`, `competency`); by default `group` with children, else `competency`. */
  readonly kind?: string;
  readonly children: readonly ImportedNodeDraft[];
}

/** Everything a format module knows about the framework it read. */
export interface ImportDraft {
  /** The framework family id (lower-case slug); the edition makes the key `id@edition`. */
  readonly id: string;
  readonly edition: string;
  readonly version?: string;
  readonly title: string;
  readonly shortTitle?: string;
  /** The organisation whose framework this is (the file's creator, or the importer's option). */
  readonly publisher: string;
  readonly year: number;
  readonly description?: string;
  /** What kind of file it came from, said to people: "a Moodle competency framework CSV". */
  readonly format: string;
  /** Where the file came from, if the importer was told or the file says. */
  readonly sourceUrl?: string;
  /** Names for the node kinds used; kinds without one get their slug as the name. */
  readonly terms?: Readonly<Record<string, { singular: string; plural: string }>>;
  /** The kind that is rated; by default `competency` if present, else the kind of the leaves. */
  readonly assessedKind?: string;
  /** The rating scale the file defines; without one the framework rates on `agreement-5`. */
  readonly scale?: RatingScale;
  /** Every rating scale the file defines (instead of `scale`); the first is the default. */
  readonly scales?: readonly RatingScale[];
  /** The scale rated on by default: one of `scales`, or a generic scale id (`frequency-5`). */
  readonly defaultScale?: string;
  readonly nodes: readonly ImportedNodeDraft[];
}

/** A slug of lower-case letters, digits, `.` and `-` made from any text (`1.1`, "Team work"). */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.{2,}/g, '.');
  return slug.slice(0, 80).replace(/[-.]+$/, '');
}

/** A family id (a slug starting with a letter) made from any text; `imported` if none can be. */
export function familyIdOf(text: string): string {
  const slug = slugOf(text)
    .replace(/\./g, '-')
    .replace(/^[^a-z]+/, '');
  return slug === '' ? 'imported' : slug.slice(0, 40).replace(/-+$/, '');
}

const nodeIdPattern = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/;

/**
 * Builds and checks the framework. Throws `MedleadValidationError` (named after `what`, e.g.
 * "Moodle import") listing every problem the framework schema finds, with paths into the
 * framework; the format module should have named rows or JSON paths for problems in the file
 * itself before calling this.
 */
export function buildImportedFramework(what: string, draft: ImportDraft): Framework {
  const taken = new Set<string>();
  const kinds = new Set<string>();
  const leafKinds = new Set<string>();
  const suffixes = new Map<string, number>();
  const statement = (text: string) => ({ text, provenance: 'published' as const });

  const nodeIdFor = (node: ImportedNodeDraft): string => {
    if (node.id !== undefined && nodeIdPattern.test(node.id) && !taken.has(node.id)) {
      if (node.id.startsWith(`${draft.id}:`)) return node.id;
    }
    const base = `${draft.id}:${slugOf(node.code ?? '') || slugOf(node.title) || 'node'}`;
    let id = base;
    // Counting on from the last suffix given to this base keeps 5,000 like titles linear.
    for (let n = suffixes.get(base) ?? 2; taken.has(id); n += 1) {
      id = `${base}-${n}`;
      suffixes.set(base, n + 1);
    }
    return id;
  };

  const build = (node: ImportedNodeDraft): Framework['children'][number] => {
    const id = nodeIdFor(node);
    taken.add(id);
    const kind = node.kind ?? (node.children.length > 0 ? 'group' : 'competency');
    kinds.add(kind);
    if (node.children.length === 0) leafKinds.add(kind);
    const children = node.children.map(build);
    return {
      id,
      ...(node.code === undefined || node.code.trim() === '' ? {} : { code: node.code.trim() }),
      kind,
      title: node.title,
      summary: statement(node.description?.trim() || node.title),
      provenance: 'published',
      ...(children.length > 0 ? { children } : {}),
    };
  };
  const children = draft.nodes.map(build);

  const terms: Record<string, { singular: string; plural: string }> = {};
  for (const kind of kinds) {
    const given =
      draft.terms !== undefined && Object.hasOwn(draft.terms, kind) ? draft.terms[kind] : undefined;
    terms[kind] = given === undefined ? { singular: kind, plural: `${kind}s` } : { ...given };
  }
  const assessedKind =
    draft.assessedKind ??
    (kinds.has('competency') ? 'competency' : ([...leafKinds][0] ?? 'competency'));

  const scales = draft.scales ?? (draft.scale === undefined ? [] : [draft.scale]);
  const candidate = {
    id: draft.id,
    edition: draft.edition,
    key: `${draft.id}@${draft.edition}`,
    version: draft.version ?? '1.0.0',
    title: draft.title,
    shortTitle: draft.shortTitle ?? draft.title,
    publisher: draft.publisher,
    year: draft.year,
    status: 'current',
    summary: statement(draft.description?.trim() || draft.title),
    sources: [
      {
        title: `${draft.title}, imported from ${draft.format}`,
        publisher: draft.publisher,
        ...(draft.sourceUrl === undefined ? {} : { url: draft.sourceUrl }),
        note: `Imported into medlead from ${draft.format}. The names and text are ${draft.publisher}'s own, as given in the file; medlead has not checked them.`,
      },
    ],
    rights: `The text belongs to ${draft.publisher}, whose file it was imported from; medlead claims no rights in it.`,
    terms,
    assessedKind,
    scales,
    defaultScale: draft.defaultScale ?? draft.scale?.id ?? scales[0]?.id ?? 'agreement-5',
    children,
  };
  const parsed = safeParseFramework(candidate);
  if (!parsed.success) {
    throw new MedleadValidationError(
      what,
      parsed.error.issues.map((issue) => makeIssue(['framework', ...issue.path], issue.message)),
    );
  }
  return parsed.data;
}
