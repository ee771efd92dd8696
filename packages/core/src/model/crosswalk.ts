import { z } from 'zod';
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

/** A source node that no link covers, and why. */
export const UnmappedNodeSchema = z.object({
  nodeId: NodeIdSchema,
  reason: z.string().trim().min(1),
});

export const CrosswalkSchema = z
  .object({
    id: SlugSchema,
    from: FrameworkKeySchema,
    to: FrameworkKeySchema,
    version: SemverSchema,
    title: z.string().trim().min(1).optional(),
    links: z.array(CrosswalkLinkSchema),
    unmapped: z.array(UnmappedNodeSchema).optional(),
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
