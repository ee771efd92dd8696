import * as z from 'zod';
import { FrameworkKeySchema, NodeIdSchema, SemverSchema, SlugSchema } from './ids';
import { ProvenanceSchema, UncertainNoteSchema } from './provenance';
import { SourceSchema } from './source';

/** The SKOS mapping relations, read from the link's `from` node to its `to` node. */
export const MappingRelationSchema = z.enum([
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'relatedMatch',
]);

export const CrosswalkLinkSchema = z.object({
  from: NodeIdSchema,
  to: NodeIdSchema,
  relation: MappingRelationSchema,
  /** How much of `from` the link carries over to `to`, from 0 to 1. */
  weight: z.number().min(0).max(1),
  /** One line saying why the two nodes are linked. */
  rationale: z.string().trim().min(1),
  provenance: ProvenanceSchema,
  source: SourceSchema.optional(),
  uncertain: UncertainNoteSchema.optional(),
});

/** A node that no link covers, and why (never left out silently). */
export const UnmappedNodeSchema = z.object({
  nodeId: NodeIdSchema,
  reason: z.string().trim().min(1),
});

/**
 * A mapping from one framework edition to another. It is stored in one direction; the other is
 * its inverse (`invertCrosswalk`). Every assessed node of both editions is either in a link or in
 * `unmapped`, on its side, with a reason, so the crosswalk is complete read either way.
 */
export const CrosswalkSchema = z
  .object({
    id: SlugSchema,
    from: FrameworkKeySchema,
    to: FrameworkKeySchema,
    /** Semantic version of this crosswalk's content. */
    version: SemverSchema,
    title: z.string().trim().min(1),
    /** What the crosswalk is based on, in our words. */
    summary: z.string().trim().min(1),
    links: z.array(CrosswalkLinkSchema),
    unmapped: z.object({
      /** Assessed nodes of `from` with no link. */
      from: z.array(UnmappedNodeSchema),
      /** Assessed nodes of `to` that no link reaches. */
      to: z.array(UnmappedNodeSchema),
    }),
    sources: z.array(SourceSchema).optional(),
  })
  .superRefine((crosswalk, ctx) => {
    const fromFamily = crosswalk.from.split('@')[0];
    const toFamily = crosswalk.to.split('@')[0];
    const pairs = new Set<string>();
    crosswalk.links.forEach((link, index) => {
      if (!link.from.startsWith(`${fromFamily}:`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, 'from'],
          message: `"${link.from}" is not a node of ${crosswalk.from}`,
        });
      }
      if (!link.to.startsWith(`${toFamily}:`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, 'to'],
          message: `"${link.to}" is not a node of ${crosswalk.to}`,
        });
      }
      const pair = `${link.from} -> ${link.to}`;
      if (pairs.has(pair)) {
        ctx.addIssue({ code: 'custom', path: ['links', index], message: `duplicate link ${pair}` });
      }
      pairs.add(pair);
    });
  });
