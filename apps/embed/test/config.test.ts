// The page's address, read into its settings: defaults, each value allowed, and plain-text
// problems for anything else (run in Node; the page itself is tested in Chromium beside this).
import { readFileSync } from 'node:fs';
import { type Framework, parseFramework } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';

/** A school's own framework, as `JSON.stringify` wrote it after an import. */
const ownFramework = (): unknown =>
  JSON.parse(
    readFileSync(new URL('../../../examples/frameworks/riverside.json', import.meta.url), 'utf8'),
  );

const config = (search: string, fromFile?: Framework) => {
  const result = readConfig(search, fromFile);
  if (result.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(result)}`);
  return result.config;
};
const errors = (search: string, fromFile?: Framework) => {
  const result = readConfig(search, fromFile);
  return result.status === 'invalid' ? result.errors : [];
};

describe('readConfig', () => {
  it('is light, for learners, on the HLM self-assessment by default', () => {
    const { framework, view, level, theme, audience } = config('');
    expect(framework.key).toBe('hlm@2013');
    expect(view).toBe('assess');
    expect(level).toBe(2);
    expect(theme).toBe('light');
    expect(audience).toBe('learner');
  });

  it('takes light, dark and auto (the learner’s setting: no theme forced)', () => {
    expect(config('?theme=light').theme).toBe('light');
    expect(config('?theme=dark').theme).toBe('dark');
    expect(config('?theme=auto').theme).toBeUndefined();
    expect(config('?theme=').theme).toBe('light');
  });

  it('takes the audience: learner or curriculum', () => {
    expect(config('?audience=learner').audience).toBe('learner');
    expect(config('?audience=curriculum').audience).toBe('curriculum');
    expect(config('?audience=').audience).toBe('learner');
  });

  it('names a bad audience or theme in plain words, with what is allowed', () => {
    expect(errors('?audience=students&theme=neon')).toEqual([
      'Unknown theme "neon": use light, dark or auto.',
      'Unknown audience "students": use learner (plain words, the default) or curriculum (with sources and notes for educators).',
    ]);
    // Case matters, as for every other value in the address.
    expect(errors('?audience=Curriculum')).toHaveLength(1);
  });

  it('keeps reading the other values when one is wrong, and shortens a long one', () => {
    const long = 'x'.repeat(200);
    const found = errors(`?framework=nope&view=table&audience=${long}`);
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('Unknown framework "nope"');
    expect(found[1]).toBe('Unknown view "table": use assess, wheel or gap.');
    expect(found[2]).toContain(`Unknown audience "${'x'.repeat(80)}…"`);
  });

  it('takes a framework by key and a level on its scale', () => {
    const { framework, level } = config('?framework=fmlm%402016&view=gap&level=1');
    expect(framework.key).toBe('fmlm@2016');
    expect(level).toBe(1);
    expect(errors('?framework=hlm&level=9')[0]).toMatch(/^Unknown level "9": HLM levels are 0/);
  });

  it('asks for a framework file first (framework-src), then reads its level on its scale', () => {
    const search =
      '?framework-src=https%3A%2F%2Fexample.org%2Friverside.json&view=gap&level=3&theme=dark';
    const first = readConfig(search);
    expect(first).toEqual({
      status: 'load',
      frameworkSrc: new URL('https://example.org/riverside.json'),
      theme: 'dark',
    });
    const own = parseFramework(ownFramework());
    const { framework, view, level, theme } = config(search, own);
    expect(framework).toBe(own);
    expect([view, level, theme]).toEqual(['gap', 3, 'dark']);
    // Its own scale's middle by default, and only its own points.
    expect(config('?framework-src=https://example.org/riverside.json', own).level).toBe(1);
    expect(errors('?framework-src=https://example.org/riverside.json&level=4', own)).toEqual([
      'Unknown level "4": Riverside levels are 0 (Not yet started), 1 (With support), 2 (On my own), 3 (Can teach it).',
    ]);
  });

  it('takes only the full http(s) address of a file, and not both framework and framework-src', () => {
    for (const address of [
      'riverside.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
      '',
    ]) {
      expect(errors(`?framework-src=${encodeURIComponent(address)}`)).toEqual([
        `Unknown framework-src ${JSON.stringify(address)}: give the full address of a JSON file, starting with https://.`,
      ]);
    }
    expect(readConfig('?framework-src=http://127.0.0.1:8080/riverside.json').status).toBe('load');
    expect(errors('?framework=hlm&framework-src=https://example.org/riverside.json')).toEqual([
      'Both framework "hlm" and framework-src are given: use one of them.',
    ]);
    // Every other problem is named with it, before anything is loaded.
    expect(errors('?framework-src=https://example.org/riverside.json&view=table')).toEqual([
      'Unknown view "table": use assess, wheel or gap.',
    ]);
  });
});
