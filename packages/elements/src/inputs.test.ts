import { getFramework, hlm, parseFramework, scoreAssessment } from '@medlead/core';
import { describe, expect, it } from 'vitest';
import {
  analyseGaps,
  checkScores,
  ElementProblem,
  gapTarget,
  parseAudience,
  parseChoice,
  parseFlag,
  parseJson,
  parseNumber,
  parseTheme,
  readSourceData,
  resolveFramework,
} from './inputs';
import { ownFramework } from './own-framework.test-helper';

/** The messages a call throws as an ElementProblem. */
function problems(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ElementProblem) return error.messages;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('parseJson', () => {
  it('parses JSON and names the attribute when it cannot', () => {
    expect(parseJson('scores', '{"a":1}')).toEqual({ a: 1 });
    expect(problems(() => parseJson('scores', "{'a':1}"))).toEqual([
      expect.stringMatching(/^scores: is not valid JSON \(/),
    ]);
  });
});

describe('theme and audience', () => {
  it('is light unless dark or auto (no theme forced: the reader’s setting) is asked for', () => {
    expect(parseTheme('theme', null)).toBe('light');
    expect(parseTheme('theme', '')).toBe('light');
    expect(parseTheme('theme', 'light')).toBe('light');
    expect(parseTheme('theme', ' DARK ')).toBe('dark');
    expect(parseTheme('theme', 'auto')).toBeUndefined();
    expect(problems(() => parseTheme('theme', 'system'))).toEqual([
      'theme: must be "light", "dark" or "auto" (got "system")',
    ]);
  });

  it('reads the audience, leaving the component’s own default when absent', () => {
    expect(parseAudience('audience', null)).toBeUndefined();
    expect(parseAudience('audience', 'learner')).toBe('learner');
    expect(parseAudience('audience', 'Curriculum')).toBe('curriculum');
    expect(problems(() => parseAudience('audience', 'educators'))).toEqual([
      'audience: must be "learner" or "curriculum" (got "educators")',
    ]);
  });
});

describe('small values', () => {
  it('reads numbers, choices and flags', () => {
    expect(parseNumber('level', '3')).toBe(3);
    expect(problems(() => parseNumber('level', 'three'))).toEqual([
      'level: must be a number (got "three")',
    ]);
    expect(parseChoice('theme', 'dark', ['light', 'dark'])).toBe('dark');
    expect(parseChoice('theme', ' Dark', ['light', 'dark'])).toBe('dark');
    expect(parseChoice('theme', null, ['light', 'dark'])).toBeUndefined();
    expect(problems(() => parseChoice('theme', 'blue', ['light', 'dark']))).toEqual([
      'theme: must be "light" or "dark" (got "blue")',
    ]);
    expect(problems(() => parseChoice('size', 'xl', ['s', 'm', 'l']))).toEqual([
      'size: must be "s", "m" or "l" (got "xl")',
    ]);
    expect(parseFlag('')).toBe(true);
    expect(parseFlag('false')).toBe(false);
    expect(parseFlag(null)).toBe(false);
  });
});

describe('resolveFramework', () => {
  it('takes family ids and edition keys, through core', () => {
    expect(resolveFramework('framework', 'hlm')).toBe(hlm);
    expect(resolveFramework('framework', ' fmlm@2016 ')).toBe(getFramework('fmlm@2016'));
    expect(resolveFramework('framework', 'HLM')).toBe(hlm);
  });

  it('says what is known when the framework is not', () => {
    const [message] = problems(() => resolveFramework('framework', '<img src=x onerror=alert(1)>'));
    expect(message).toContain('framework: unknown framework "<img src=x onerror=alert(1)>"');
    expect(message).toContain('mlcf, hlm, ama, fmlm');
    expect(problems(() => resolveFramework('framework', null))[0]).toMatch(
      /^framework: is required/,
    );
  });

  it('takes a framework object, checked by core once however often it is drawn', () => {
    const own = ownFramework();
    const framework = resolveFramework('framework', own);
    expect(framework.key).toBe('riverside@2025');
    expect(framework).toEqual(parseFramework(ownFramework()));
    expect(resolveFramework('framework', own)).toBe(framework);
    // A copy of a shipped framework (read from JSON) is a framework like any other.
    const copy = resolveFramework('src field "framework"', JSON.parse(JSON.stringify(hlm)));
    expect(copy).toEqual(hlm);
    // So is a framework core has checked, passed as it is.
    expect(resolveFramework('framework', framework).key).toBe('riverside@2025');
  });

  it('names each problem of a framework object under where it came from', () => {
    const own = ownFramework() as { children: { title: string }[] };
    const second = own.children[1];
    if (second === undefined) throw new Error('two themes');
    second.title = ' ';
    expect(problems(() => resolveFramework('src field "framework"', own))).toEqual([
      'src field "framework": children[1].title: Too small: expected string to have >=1 characters',
    ]);
    expect(problems(() => resolveFramework('src', { children: [] }))[0]).toMatch(/^src: id: /);
    expect(problems(() => resolveFramework('framework', 3))).toEqual([
      'framework: must be a framework id or key, as text, or a framework object',
    ]);
  });

  it('lists the first ten problems of a framework and counts the rest', () => {
    const own = ownFramework() as { children: unknown[] };
    own.children = Array.from({ length: 30 }, () => ({}));
    const messages = problems(() => resolveFramework('framework', own));
    expect(messages).toHaveLength(11);
    expect(messages[0]).toMatch(/^framework: children\[0\]\.id: /);
    expect(messages[10]).toMatch(/^framework: and \d+ more problems$/);
  });
});

describe('checkScores', () => {
  it('accepts values by node id and score reports of the framework', () => {
    const values = { 'hlm:leading-with-care': 3, 'hlm:engaging-the-team': null };
    expect(checkScores('scores', hlm, values, undefined)).toEqual(values);
    expect(checkScores('scores', hlm, { 'hlm:leading-with-care': ' 3' }, undefined)).toEqual({
      'hlm:leading-with-care': 3,
    });
    const report = scoreAssessment(hlm, {
      framework: hlm.key,
      scale: hlm.defaultScale,
      subject: 's',
      rater: { id: 's', role: 'self' },
      ratings: [{ nodeId: 'hlm:leading-with-care', value: 2 }],
    });
    expect(checkScores('scores', hlm, report, undefined)).toBe(report);
  });

  it('names unknown nodes, values off the scale and another edition, each with its path', () => {
    expect(
      problems(() =>
        checkScores('scores', hlm, { 'hlm:nope': 3, 'hlm:leading-with-care': 9 }, undefined),
      ),
    ).toEqual([
      'scores["hlm:nope"]: "hlm:nope" is not a node of hlm@2013',
      'scores["hlm:leading-with-care"]: 9 is not a value from 0 to 4 on scale "hlm:self-assessment"',
      'scores: the node ids hlm@2013 takes scores for are hlm:inspiring-shared-purpose, hlm:leading-with-care, hlm:evaluating-information, hlm:connecting-our-service, hlm:sharing-the-vision, hlm:engaging-the-team, hlm:holding-to-account, hlm:developing-capability, hlm:influencing-for-results',
    ]);
    expect(problems(() => checkScores('scores', hlm, [1, 2], undefined))[0]).toMatch(
      /^scores: must be an object of scores by node id \(such as \{"hlm:inspiring-shared-purpose": 3\}\)/,
    );
    expect(problems(() => checkScores('scores', hlm, {}, 'no-such-scale'))[0]).toMatch(
      /^scale: "no-such-scale" is not a scale of hlm@2013/,
    );
  });
});

describe('gap targets', () => {
  it('takes a level, values by node id, or core’s target shapes', () => {
    expect(gapTarget(null, '3')).toEqual({ level: 3 });
    expect(gapTarget({ 'hlm:leading-with-care': 3 }, null)).toEqual({
      nodes: { 'hlm:leading-with-care': 3 },
    });
    expect(gapTarget({ level: 2 }, undefined)).toEqual({ level: 2 });
    expect(gapTarget({ level: '2' }, undefined)).toEqual({ level: 2 });
    expect(gapTarget({ 'hlm:x': '2' }, undefined)).toEqual({ nodes: { 'hlm:x': 2 } });
    expect(gapTarget({ stage: 'fellow', level: 4 }, undefined)).toEqual({
      stage: 'fellow',
      level: 4,
    });
    expect(problems(() => gapTarget({ level: 2 }, '3'))).toEqual([
      'target, level: give one of them, not both',
    ]);
    expect(problems(() => gapTarget(undefined, undefined))[0]).toMatch(/^target: is required/);
  });

  it('names the attribute a problem of core’s gap analysis comes from', () => {
    const scores = { 'hlm:leading-with-care': 1 };
    expect(problems(() => analyseGaps(hlm, scores, { level: 7 }, 'level', undefined))).toEqual([
      'level: 7 is not a value from 0 to 4 on scale "hlm:self-assessment"',
    ]);
    expect(
      problems(() => analyseGaps(hlm, scores, { nodes: { 'hlm:x': 2 } }, 'target', undefined)),
    ).toEqual(['target.nodes["hlm:x"]: "hlm:x" is not a node in the hierarchy of hlm@2013']);
    expect(
      analyseGaps(hlm, scores, { level: 3 }, 'level', undefined).items.map((item) => item.gap),
    ).toEqual([2]);
  });
});

describe('readSourceData', () => {
  const fields = ['framework', 'scores', 'theme'];

  it('takes an object of the element’s fields, or a score report on its own', () => {
    expect(readSourceData('d.json', { framework: 'hlm' }, fields)).toEqual({ framework: 'hlm' });
    const report = { framework: 'hlm@2013', nodes: [] };
    expect(readSourceData('d.json', report, fields)).toEqual({
      framework: 'hlm@2013',
      scores: report,
    });
  });

  it('takes a framework on its own (as JSON.stringify writes one) as the framework', () => {
    const own = ownFramework();
    expect(readSourceData('d.json', own, fields)).toEqual({ framework: own });
  });

  it('names fields the element does not take', () => {
    expect(problems(() => readSourceData('d.json', { scroes: {} }, fields))).toEqual([
      'src: "d.json" has a field this element does not take: "scroes" (it takes framework, scores, theme)',
    ]);
    expect(problems(() => readSourceData('d.json', [1], fields))[0]).toMatch(
      /^src: "d.json" must hold a JSON object/,
    );
  });
});
