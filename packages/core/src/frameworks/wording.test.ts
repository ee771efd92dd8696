// What educators read in the data (notes, summaries, uncertainty) says what each owner has or has
// not published, in plain words: never the project's research vocabulary ("retrieved", "from
// memory", "specification", "research notes"), which means nothing to a reader of the data.
import { describe, expect, it } from 'vitest';
import { crosswalks } from '../crosswalks/registry';
import { genericScales } from '../scales/generic';
import { frameworks } from './registry';

const research = /retriev|from memory|specification|research notes|project brief/i;

/** Every string inside `value`, with the path to it. */
function strings(value: unknown, path: string, found: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') found.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) strings(item, `${path}[${index}]`, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, found);
  }
  return found;
}

describe('the data speaks to educators in plain words', () => {
  it.each([
    ...frameworks.map((framework) => [framework.key, framework] as const),
    ...crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const),
    ...genericScales.map((scale) => [scale.id, scale] as const),
  ])('%s has no research vocabulary in its text', (name, data) => {
    const hits = strings(data, name).filter(([, text]) => research.test(text));
    expect(hits).toEqual([]);
  });
});
