import { describe, expect, it } from 'vitest';
import { MedleadValidationError } from '../validation/errors';
import { fmlm2016, fmlm2021 } from './fmlm';
import { hlm } from './hlm';
import { frameworks, getFramework, listFrameworks } from './registry';

describe('getFramework', () => {
  it('gives the newest edition for a family id', () => {
    expect(getFramework('fmlm')).toBe(fmlm2021);
    expect(getFramework('hlm')).toBe(hlm);
  });

  it('gives the named edition for a key', () => {
    expect(getFramework('fmlm@2016')).toBe(fmlm2016);
    expect(getFramework('fmlm@2021')).toBe(fmlm2021);
    expect(getFramework('mlcf@2010').title).toBe('Medical Leadership Competency Framework');
  });

  it('resolves every shipped key to itself', () => {
    for (const framework of frameworks) expect(getFramework(framework.key)).toBe(framework);
  });

  it.each(['nhs', 'fmlm@2015', 'HLM', '', 'hlm@'])(
    'rejects %j with the known keys listed',
    (key) => {
      expect(() => getFramework(key)).toThrowError(MedleadValidationError);
      expect(() => getFramework(key)).toThrowError(/hlm@2013/);
    },
  );
});

describe('listFrameworks', () => {
  it('lists every edition once, marking the newest of each family', () => {
    const list = listFrameworks();
    expect(list.map((entry) => entry.key)).toEqual([
      'mlcf@2010',
      'hlm@2013',
      'ama@2020',
      'fmlm@2016',
      'fmlm@2021',
    ]);
    expect(list.filter((entry) => entry.newest).map((entry) => entry.key)).toEqual([
      'mlcf@2010',
      'hlm@2013',
      'ama@2020',
      'fmlm@2021',
    ]);
  });
});
