// @vitest-environment node
import { type Framework, findScale, getFramework, parseFramework } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import { authorshipNote, type ShownScale } from './authorship';

/** The scales the form shows by default: the framework's own default rating scale. */
function ratingScale(framework: Framework, id = framework.defaultScale): ShownScale[] {
  const scale = findScale(framework, id);
  if (scale === undefined) throw new Error(`no scale ${id}`);
  return [{ name: 'rating scale', scale }];
}

describe('authorshipNote, for every framework edition', () => {
  it('MLCF (2010): only the generic rating scale is medlead’s', () => {
    const mlcf = getFramework('mlcf@2010');
    expect(authorshipNote(mlcf, ratingScale(mlcf))).toBe(
      'The names come from the Academy of Medical Royal Colleges and NHS Institute for ' +
        'Innovation and Improvement; the rating scale is medlead’s own.',
    );
  });

  it('HLM (2013): nothing to say on the published self-assessment scale', () => {
    const hlm = getFramework('hlm@2013');
    expect(authorshipNote(hlm, ratingScale(hlm))).toBeUndefined();
  });

  it('HLM (2013): the importance scale is medlead’s', () => {
    const hlm = getFramework('hlm@2013');
    const importance = findScale(hlm, 'hlm:importance');
    if (importance === undefined) throw new Error('no importance scale');
    expect(
      authorshipNote(hlm, [...ratingScale(hlm), { name: 'importance scale', scale: importance }]),
    ).toBe(
      'The names come from the NHS Leadership Academy; the importance scale is medlead’s own.',
    );
  });

  it('AMA (2020): the descriptions and the scale are medlead’s, the names the AMA’s', () => {
    const ama = getFramework('ama@2020');
    expect(authorshipNote(ama, ratingScale(ama))).toBe(
      'The names come from the American Medical Association; the descriptions and the rating ' +
        'scale are medlead’s own.',
    );
  });

  it('FMLM (2016): some descriptions are medlead’s', () => {
    const fmlm = getFramework('fmlm@2016');
    expect(authorshipNote(fmlm, ratingScale(fmlm))).toBe(
      'The names come from the Faculty of Medical Leadership and Management; some of the ' +
        'descriptions and the rating scale are medlead’s own.',
    );
  });

  it('FMLM (2021): only the generic rating scale is medlead’s', () => {
    const fmlm = getFramework('fmlm@2021');
    expect(authorshipNote(fmlm, ratingScale(fmlm))).toBe(
      'The names come from the Faculty of Medical Leadership and Management; the rating scale ' +
        'is medlead’s own.',
    );
  });

  it('says nothing of scales it is not given', () => {
    expect(authorshipNote(getFramework('fmlm@2021'))).toBeUndefined();
  });
});

describe('authorshipNote, on made-up frameworks', () => {
  const hlm = getFramework('hlm@2013');
  /** The HLM with every dimension's name and first level heading rewritten as medlead's. */
  const allEditorial: Framework = parseFramework({
    ...hlm,
    publisher: 'The Example Trust',
    children: hlm.children.map((node) => ({
      ...node,
      provenance: 'editorial' as const,
      levels: node.levels?.map((heading) => ({ ...heading, provenance: 'editorial' as const })),
    })),
  });

  it('names medlead as the author of the names, without "come from"', () => {
    expect(authorshipNote(allEditorial)).toBe(
      'The names and the level headings are medlead’s own, not The Example Trust’s.',
    );
  });

  it('counts only the headings that are given (a null title is not medlead’s)', () => {
    const someHeadings: Framework = parseFramework({
      ...hlm,
      children: hlm.children.map((node, index) => ({
        ...node,
        levels: node.levels?.map((heading) => ({
          ...heading,
          provenance: index === 0 ? ('editorial' as const) : heading.provenance,
        })),
      })),
    });
    expect(authorshipNote(someHeadings)).toBe(
      'The names come from the NHS Leadership Academy; some of the level headings are medlead’s own.',
    );
  });
});
