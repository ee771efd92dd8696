// A school's own framework, as an import (fromMoodleCsv, fromCasePackage…) would give it and
// `JSON.stringify` would write it: the repository's example file, a made-up medical school's
// leadership outcomes (two themes of three outcomes, on a four-point scale of its own).
import riverside from '../../../examples/frameworks/riverside.json';

/** A fresh copy each call (tests change it). */
export function ownFramework(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(riverside));
}

/** The six outcomes' node ids, in order. */
export const ownNodeIds = [
  'riverside:a1',
  'riverside:a2',
  'riverside:a3',
  'riverside:b1',
  'riverside:b2',
  'riverside:b3',
] as const;
