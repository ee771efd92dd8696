import { describe, expect, it } from 'vitest';
import { fmlm2021 } from '../frameworks/fmlm';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import { MedleadValidationError } from '../validation/errors';
import { ancestors, assessableNodes, getNode, isAssessable, walk } from './navigate';
import { searchNodes } from './search';

describe('getNode', () => {
  it('finds nodes at every depth and cross-cutting themes', () => {
    expect(getNode(mlcf, 'mlcf:3')?.title).toBe('Managing Services');
    expect(getNode(mlcf, 'mlcf:3.2')?.title).toBe('Managing Resources');
    expect(getNode(hlm, 'hlm:personal-qualities')?.kind).toBe('personal-qualities');
  });

  it('gives undefined for an unknown id', () => {
    expect(getNode(mlcf, 'mlcf:6.1')).toBeUndefined();
    expect(getNode(mlcf, 'hlm:leading-with-care')).toBeUndefined();
  });
});

describe('walk', () => {
  it('goes depth-first in published order with depth and path', () => {
    const entries = walk(mlcf);
    expect(entries).toHaveLength(25);
    expect(entries.slice(0, 6).map((entry) => `${entry.depth}:${entry.node.id}`)).toEqual([
      '0:mlcf:1',
      '1:mlcf:1.1',
      '1:mlcf:1.2',
      '1:mlcf:1.3',
      '1:mlcf:1.4',
      '0:mlcf:2',
    ]);
    const element = entries.find((entry) => entry.node.id === 'mlcf:4.3');
    expect(element?.path).toEqual(['mlcf:4', 'mlcf:4.3']);
    expect(element?.parent?.id).toBe('mlcf:4');
    expect(entries[0]?.parent).toBeNull();
  });

  it('walks a theme three levels down', () => {
    const theme = walk(fmlm2021).find((entry) => entry.node.kind === 'theme');
    expect(theme?.depth).toBe(1);
    expect(theme?.path[0]).toBe('fmlm:self');
  });
});

describe('ancestors', () => {
  it('lists ancestors from the top down', () => {
    expect(ancestors(mlcf, 'mlcf:5.4').map((node) => node.id)).toEqual(['mlcf:5']);
    expect(ancestors(mlcf, 'mlcf:5')).toEqual([]);
  });

  it('throws a validation error for an unknown id', () => {
    expect(() => ancestors(mlcf, 'mlcf:9.9')).toThrowError(MedleadValidationError);
    expect(() => ancestors(mlcf, 'mlcf:9.9')).toThrowError(/mlcf:9\.9.*mlcf@2010/);
  });
});

describe('assessableNodes', () => {
  it('gives the rated nodes in order', () => {
    expect(assessableNodes(mlcf)).toHaveLength(20);
    expect(assessableNodes(hlm).map((node) => node.id)[0]).toBe('hlm:inspiring-shared-purpose');
    expect(assessableNodes(fmlm2021)).toHaveLength(4);
    expect(isAssessable(mlcf, 'mlcf:1.1')).toBe(true);
    expect(isAssessable(mlcf, 'mlcf:1')).toBe(false);
    expect(isAssessable(hlm, 'hlm:personal-qualities')).toBe(false);
  });
});

describe('searchNodes', () => {
  it('finds by exact code first', () => {
    expect(searchNodes(mlcf, '2.4')[0]?.node.id).toBe('mlcf:2.4');
    expect(searchNodes(mlcf, '2.4')[0]?.matchedIn).toBe('code');
  });

  it('is case-, accent- and punctuation-insensitive and ranks titles above summaries', () => {
    const hits = searchNodes(hlm, 'HOLDING to ACCOUNT');
    expect(hits[0]?.node.id).toBe('hlm:holding-to-account');
    expect(hits[0]?.matchedIn).toBe('title');
    expect(searchNodes(mlcf, 'building and maintaining')[0]?.node.id).toBe('mlcf:2.2');
    expect(searchNodes(hlm, 'self awareness').map((hit) => hit.node.id)).toContain(
      'hlm:personal-qualities',
    );
  });

  it('needs every word to match, and finds nothing for an empty query', () => {
    expect(searchNodes(mlcf, 'patient safety').map((hit) => hit.node.id)).toContain('mlcf:4.1');
    expect(searchNodes(mlcf, 'patient zebra')).toEqual([]);
    expect(searchNodes(mlcf, '   ')).toEqual([]);
  });
});
