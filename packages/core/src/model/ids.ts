import * as z from 'zod';

/** A framework family, e.g. `hlm`. Lower-case, starts with a letter. */
export const FrameworkIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and "-", starting with a letter');

/** An edition label, e.g. `2013`. */
export const EditionSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, 'must be letters, digits, "." and "-"');

/** `id@edition`, e.g. `fmlm@2021`. */
export const FrameworkKeySchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*@[0-9A-Za-z][0-9A-Za-z.-]*$/,
    'must be "family@edition", for example "hlm@2013"',
  );

/** `family:code-or-slug`, e.g. `mlcf:1.1` or `hlm:inspiring-shared-purpose`. */
export const NodeIdSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/,
    'must be "family:code-or-slug", for example "mlcf:1.1" or "hlm:engaging-the-team"',
  );

/** `nodeId/n`, e.g. `mlcf:1.1/2`: an indicator under a node. */
export const IndicatorIdSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*\/[a-z0-9]+$/,
    'must be "nodeId/n", for example "mlcf:1.1/2"',
  );

/** A node kind or stage slug, e.g. `domain`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and "-", starting with a letter');

/** Semantic version of our encoding of an edition, e.g. `1.0.0`. */
export const SemverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as "1.0.0"');
