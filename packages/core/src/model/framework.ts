import * as z from 'zod';
import { genericScaleIds } from '../scales/generic-scale-ids';
import {
  EditionSchema,
  FrameworkIdSchema,
  FrameworkKeySchema,
  IndicatorIdSchema,
  NodeIdSchema,
  SemverSchema,
  SlugSchema,
} from './ids';
import { ProvenanceSchema, StatementSchema, UncertainNoteSchema } from './provenance';
import { RatingScaleSchema, ScaleIdSchema } from './scale';
import { SourceSchema } from './source';

/** A statement or observable behaviour under a node. */
export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  /** The owner's own label for it, where there is one (FMLM letters its behaviours a, b, c…). */
  code: z.string().trim().min(1).optional(),
  text: z.string().trim().min(1),
  provenance: ProvenanceSchema,
  uncertain: UncertainNoteSchema.optional(),
});

/**
 * The heading a node gives one point of the framework's level scale (HLM: "Essential: Caring
 * for the team"). `title` is null where the heading is not known: never invent one.
 */
export const LevelHeadingSchema = z
  .object({
    value: z.number().finite(),
    title: z.string().trim().min(1).nullable(),
    provenance: ProvenanceSchema,
    uncertain: UncertainNoteSchema.optional(),
  })
  .refine((heading) => heading.title !== null || heading.uncertain !== undefined, {
    message: 'a level heading without a title must say why in "uncertain"',
    path: ['uncertain'],
  });

/** One node of a framework's hierarchy: a domain, element, dimension, competency, theme… */
export const FrameworkNodeSchema = z.object({
  id: NodeIdSchema,
  /** The number or code as published, e.g. `1.1`. Absent where the owner numbered nothing. */
  code: z.string().trim().min(1).optional(),
  kind: SlugSchema,
  /** The title exactly as published (or, for editorial nodes, as we named them). */
  title: z.string().trim().min(1),
  /** Other published spellings of the title, for search and matching. */
  alternativeTitles: z.array(z.string().trim().min(1)).optional(),
  summary: StatementSchema,
  /** Provenance of the node itself: its code and title. */
  provenance: ProvenanceSchema,
  uncertain: UncertainNoteSchema.optional(),
  levels: z.array(LevelHeadingSchema).optional(),
  indicators: z.array(IndicatorSchema).optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof FrameworkNodeSchema>> {
    return z.array(FrameworkNodeSchema).optional();
  },
});

/** A career stage or grade, naming the nodes a person at that stage is expected to show. */
export const StageSchema = z.object({
  id: SlugSchema,
  title: z.string().trim().min(1),
  summary: StatementSchema,
  provenance: ProvenanceSchema,
  uncertain: UncertainNoteSchema.optional(),
  /** The nodes expected at this stage; a node stands for itself and everything under it. */
  expects: z.object({
    nodes: z.array(NodeIdSchema).min(1),
    provenance: ProvenanceSchema,
    uncertain: UncertainNoteSchema.optional(),
  }),
});

/** What a framework calls one kind of node, e.g. `{ singular: 'domain', plural: 'domains' }`. */
export const TermSchema = z.object({
  singular: z.string().trim().min(1),
  plural: z.string().trim().min(1),
});

export const FrameworkSchema = z
  .object({
    id: FrameworkIdSchema,
    edition: EditionSchema,
    /** How the owner names the edition, e.g. "Third Edition, July 2010". */
    editionLabel: z.string().trim().min(1).optional(),
    key: FrameworkKeySchema,
    /** Semantic version of our encoding of this edition (not the owner's edition). */
    version: SemverSchema,
    title: z.string().trim().min(1),
    shortTitle: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    year: z.int().min(1900).max(2100),
    status: z.enum(['current', 'superseded']),
    /** What replaced this edition, in words or as a framework key. */
    supersededBy: z.string().trim().min(1).optional(),
    summary: StatementSchema,
    uncertain: UncertainNoteSchema.optional(),
    sources: z.array(SourceSchema).min(1),
    /** The owner's copyright position, in our own words. */
    rights: z.string().trim().min(1),
    terms: z.record(SlugSchema, TermSchema),
    /** The kind of node that is rated in an assessment. */
    assessedKind: SlugSchema,
    scales: z.array(RatingScaleSchema),
    defaultScale: ScaleIdSchema,
    /** The scale whose points `levels[].value` refer to (HLM: Essential … Exemplary). */
    levelScale: ScaleIdSchema.optional(),
    stages: z.array(StageSchema).optional(),
    /** Themes that run through the whole framework rather than sit in its hierarchy; never rated. */
    crossCutting: z.array(FrameworkNodeSchema).optional(),
    children: z.array(FrameworkNodeSchema).min(1),
  })
  .superRefine((framework, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    if (framework.key !== `${framework.id}@${framework.edition}`) {
      issue(
        ['key'],
        `must be "${framework.id}@${framework.edition}" (id@edition), not "${framework.key}"`,
      );
    }

    const scaleIds = new Set<string>();
    framework.scales.forEach((scale, index) => {
      if (scaleIds.has(scale.id))
        issue(['scales', index, 'id'], `duplicate scale id "${scale.id}"`);
      scaleIds.add(scale.id);
    });
    const knownScale = (id: string) => scaleIds.has(id) || genericScaleIds.includes(id);
    if (!knownScale(framework.defaultScale)) {
      issue(
        ['defaultScale'],
        `names no scale of this framework nor a generic scale: "${framework.defaultScale}"`,
      );
    }
    const levelScale = framework.scales.find((scale) => scale.id === framework.levelScale);
    if (framework.levelScale !== undefined && levelScale === undefined) {
      issue(['levelScale'], `names no scale of this framework: "${framework.levelScale}"`);
    }
    const levelValues = new Set(levelScale?.points.map((point) => point.value));

    const nodeIds = new Set<string>();
    const kinds = new Set<string>();
    const checkNode = (node: z.output<typeof FrameworkNodeSchema>, path: PropertyKey[]) => {
      if (nodeIds.has(node.id)) issue([...path, 'id'], `duplicate node id "${node.id}"`);
      nodeIds.add(node.id);
      if (!node.id.startsWith(`${framework.id}:`)) {
        issue(
          [...path, 'id'],
          `must start with "${framework.id}:" (the framework's id), not "${node.id}"`,
        );
      }
      kinds.add(node.kind);
      // An own property only: kind "constructor" must not find Object.prototype.constructor.
      if (!Object.hasOwn(framework.terms, node.kind)) {
        issue([...path, 'kind'], `kind "${node.kind}" has no entry in "terms"`);
      }
      const seenLevels = new Set<number>();
      node.levels?.forEach((heading, index) => {
        if (levelScale === undefined) {
          issue(
            [...path, 'levels', index],
            'level headings need the framework to name a "levelScale"',
          );
        } else if (!levelValues.has(heading.value)) {
          issue(
            [...path, 'levels', index, 'value'],
            `${heading.value} is not a point of "${levelScale.id}"`,
          );
        }
        if (seenLevels.has(heading.value)) {
          issue([...path, 'levels', index, 'value'], `duplicate level ${heading.value}`);
        }
        seenLevels.add(heading.value);
      });
      node.indicators?.forEach((indicator, index) => {
        if (nodeIds.has(indicator.id))
          issue([...path, 'indicators', index, 'id'], `duplicate id "${indicator.id}"`);
        nodeIds.add(indicator.id);
        if (!indicator.id.startsWith(`${node.id}/`)) {
          issue(
            [...path, 'indicators', index, 'id'],
            `must start with "${node.id}/" (its node's id)`,
          );
        }
      });
      for (const [index, child] of (node.children ?? []).entries()) {
        checkNode(child, [...path, 'children', index]);
      }
    };
    for (const [index, node] of framework.children.entries()) checkNode(node, ['children', index]);

    const hierarchyKinds = new Set(kinds);
    framework.crossCutting?.forEach((node, index) => {
      checkNode(node, ['crossCutting', index]);
      if (node.children !== undefined && node.children.length > 0) {
        issue(['crossCutting', index, 'children'], 'cross-cutting themes have no children');
      }
    });
    if (!hierarchyKinds.has(framework.assessedKind)) {
      issue(['assessedKind'], `no node in the hierarchy is of kind "${framework.assessedKind}"`);
    }
    framework.crossCutting?.forEach((node, index) => {
      if (node.kind === framework.assessedKind) {
        issue(
          ['crossCutting', index, 'kind'],
          'cross-cutting themes are never rated, so cannot be of the assessed kind',
        );
      }
    });

    const stageIds = new Set<string>();
    framework.stages?.forEach((stage, index) => {
      if (stageIds.has(stage.id))
        issue(['stages', index, 'id'], `duplicate stage id "${stage.id}"`);
      stageIds.add(stage.id);
      stage.expects.nodes.forEach((nodeId, nodeIndex) => {
        if (!nodeIds.has(nodeId)) {
          issue(['stages', index, 'expects', 'nodes', nodeIndex], `unknown node "${nodeId}"`);
        }
      });
    });
  });
