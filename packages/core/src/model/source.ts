import * as z from 'zod';

/** A document or page a framework's facts were taken from. */
export const SourceSchema = z.object({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  year: z.int().min(1900).max(2100).optional(),
  /** A web address: `http:` or `https:` only (a `javascript:` or `data:` URL is refused). */
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http: or https: URL (a web address)' })
    .optional(),
  /** Page, section or table within the source. */
  locator: z.string().trim().min(1).optional(),
  /** Why this source is cited, or how it was reached (e.g. only through a mirror). */
  note: z.string().trim().min(1).optional(),
});
