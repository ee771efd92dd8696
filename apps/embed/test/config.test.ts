// The page's address, read into its settings: defaults, each value allowed, and plain-text
// problems for anything else (run in Node; the page itself is tested in Chromium beside this).
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';

const config = (search: string) => {
  const result = readConfig(search);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
};
const errors = (search: string) => {
  const result = readConfig(search);
  return result.ok ? [] : result.errors;
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
});
