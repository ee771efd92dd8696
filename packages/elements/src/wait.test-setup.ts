import { vi } from 'vitest';

// vi.waitFor gives up after 1 s unless told otherwise; on a busy two-core CI machine an element
// can take longer than that to draw. Every wait still ends as soon as its condition holds.
const waitFor = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitFor(
    callback,
    typeof options === 'number' ? options : { timeout: 10_000, ...options },
  )) as typeof vi.waitFor;
