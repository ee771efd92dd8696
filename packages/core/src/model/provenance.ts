import * as z from 'zod';

/**
 * Where a piece of content comes from.
 * - `published`: a name, title, number or heading exactly as the owner published it;
 * - `paraphrased`: our own words summarising content the owner published;
 * - `editorial`: content we authored where the owner published none (or none we could confirm).
 */
export const ProvenanceSchema = z
  .enum(['published', 'paraphrased', 'editorial'])
  .describe(
    'Where this content comes from: published by the owner, paraphrased by us, or editorial.',
  );

/**
 * A note saying what about an item the owner's published text does not confirm, or what of it
 * medlead has not checked against that text. Items that carry one must be shown as uncertain (to
 * educators); the text says why, in a sentence a reader can act on.
 */
export const UncertainNoteSchema = z
  .string()
  .trim()
  .min(1)
  .describe('What about this item the owner’s published text does not confirm, and why.');

/** A piece of text with its provenance: used for every summary we write. */
export const StatementSchema = z.object({
  text: z.string().trim().min(1),
  provenance: ProvenanceSchema,
  uncertain: UncertainNoteSchema.optional(),
});
