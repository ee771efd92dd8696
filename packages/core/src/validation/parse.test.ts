import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { AssessmentInput, FrameworkInput } from '../model/types';
import { MedleadValidationError } from './errors';
import { expectIssue, issuesOf } from './expect-issue.test-helper';
import {
  parseAssessment,
  parseCrosswalk,
  parseFramework,
  safeParseAssessment,
  safeParseFramework,
} from './parse';

/** A small, valid framework; each bad case below breaks one thing in a fresh copy. */
function tinyFramework(): FrameworkInput {
  return {
    id: 'demo',
    edition: '2024',
    key: 'demo@2024',
    version: '1.0.0',
    title: 'Demo framework',
    shortTitle: 'Demo',
    publisher: 'A medical school',
    year: 2024,
    status: 'current',
    summary: { text: 'A framework for tests.', provenance: 'editorial' },
    sources: [{ title: 'Local curriculum', publisher: 'A medical school', year: 2024 }],
    rights: 'Ours to use.',
    terms: {
      domain: { singular: 'domain', plural: 'domains' },
      skill: { singular: 'skill', plural: 'skills' },
    },
    assessedKind: 'skill',
    scales: [
      {
        id: 'demo:levels',
        title: 'Levels',
        measures: 'performance',
        provenance: 'editorial',
        points: [
          { value: 1, label: 'Low' },
          { value: 2, label: 'High' },
        ],
      },
    ],
    defaultScale: 'demo:levels',
    levelScale: 'demo:levels',
    children: [
      {
        id: 'demo:1',
        code: '1',
        kind: 'domain',
        title: 'Domain one',
        provenance: 'editorial',
        summary: { text: 'The first domain.', provenance: 'editorial' },
        children: [
          {
            id: 'demo:1.1',
            code: '1.1',
            kind: 'skill',
            title: 'Skill one',
            provenance: 'editorial',
            summary: { text: 'The first skill.', provenance: 'editorial' },
            levels: [{ value: 1, title: 'Starting', provenance: 'editorial' }],
            indicators: [{ id: 'demo:1.1/1', text: 'Does the thing.', provenance: 'editorial' }],
          },
        ],
      },
    ],
    stages: [
      {
        id: 'novice',
        title: 'Novice',
        provenance: 'editorial',
        summary: { text: 'New to it.', provenance: 'editorial' },
        expects: { nodes: ['demo:1'], provenance: 'editorial' },
      },
    ],
  };
}

function hlmAssessment(): AssessmentInput {
  return {
    framework: 'hlm@2013',
    scale: 'hlm:self-assessment',
    importanceScale: 'hlm:importance',
    subject: 'learner-1',
    rater: { id: 'learner-1', role: 'self' },
    ratings: [
      { nodeId: 'hlm:leading-with-care', value: 3, importance: 4 },
      { nodeId: 'hlm:engaging-the-team', value: null },
    ],
    completedAt: '2026-03-01T10:00:00Z',
  };
}

type Case<T> = [name: string, change: (input: T) => unknown, path: string, message: RegExp];

// `change` returns the bad input (usually the mutated copy it was given).
const badFrameworks: Case<FrameworkInput & Record<string, unknown>>[] = [
  ['key that does not match id@edition', (f) => ({ ...f, key: 'demo@2023' }), 'key', /demo@2024/],
  ['missing title', (f) => ({ ...f, title: undefined }), 'title', /string/i],
  ['no sources', (f) => ({ ...f, sources: [] }), 'sources', /1/],
  [
    'bad provenance word',
    (f) => ({ ...f, summary: { text: 'x', provenance: 'official' } }),
    'summary.provenance',
    /published|paraphrased|editorial/,
  ],
  [
    'node id without the family prefix',
    (f) => {
      const node = f.children[0]?.children?.[0];
      if (node) node.id = 'other:1.1';
      return f;
    },
    'children[0].children[0].id',
    /demo:/,
  ],
  [
    'duplicate node id',
    (f) => {
      f.children.push({ ...structuredClone(f.children[0]), children: [] } as never);
      return f;
    },
    'children[1].id',
    /duplicate/,
  ],
  [
    'node kind missing from terms',
    (f) => {
      const node = f.children[0];
      if (node) node.kind = 'cluster';
      return f;
    },
    'children[0].kind',
    /terms/,
  ],
  [
    'default scale that does not exist',
    (f) => ({ ...f, defaultScale: 'demo:nope' }),
    'defaultScale',
    /demo:nope/,
  ],
  [
    'scale points out of order',
    (f) => {
      const scale = f.scales[0];
      if (scale)
        scale.points = [
          { value: 2, label: 'High' },
          { value: 1, label: 'Low' },
        ];
      return f;
    },
    'scales[0].points[1].value',
    /rise/,
  ],
  [
    'level heading off the level scale',
    (f) => {
      const node = f.children[0]?.children?.[0];
      if (node) node.levels = [{ value: 7, title: 'Seven', provenance: 'editorial' }];
      return f;
    },
    'children[0].children[0].levels[0].value',
    /not a point/,
  ],
  [
    'unknown heading without a reason',
    (f) => {
      const node = f.children[0]?.children?.[0];
      if (node) node.levels = [{ value: 1, title: null, provenance: 'published' }];
      return f;
    },
    'children[0].children[0].levels[0].uncertain',
    /why/,
  ],
  [
    'indicator id not under its node',
    (f) => {
      const node = f.children[0]?.children?.[0];
      if (node) node.indicators = [{ id: 'demo:9.9/1', text: 'x', provenance: 'editorial' }];
      return f;
    },
    'children[0].children[0].indicators[0].id',
    /demo:1\.1\//,
  ],
  [
    'stage expecting an unknown node',
    (f) => {
      const stage = f.stages?.[0];
      if (stage) stage.expects.nodes = ['demo:7'];
      return f;
    },
    'stages[0].expects.nodes[0]',
    /unknown node/,
  ],
  [
    'assessed kind that no node has',
    (f) => ({ ...f, assessedKind: 'domainx' }),
    'assessedKind',
    /domainx/,
  ],
  [
    'source with a bad url',
    (f) => ({ ...f, sources: [{ title: 't', publisher: 'p', url: 'not a url' }] }),
    'sources[0].url',
    /URL/i,
  ],
  ['year as a string', (f) => ({ ...f, year: '2024' }), 'year', /number/],
];

const badAssessments: Case<AssessmentInput & Record<string, unknown>>[] = [
  [
    'framework that is not a key',
    (a) => ({ ...a, framework: 'hlm' }),
    'framework',
    /family@edition/,
  ],
  [
    'value that is NaN',
    (a) => {
      const rating = a.ratings[0];
      if (rating) rating.value = Number.NaN;
      return a;
    },
    'ratings[0].value',
    /number|finite/i,
  ],
  [
    'value that is Infinity',
    (a) => {
      const rating = a.ratings[0];
      if (rating) rating.value = Number.POSITIVE_INFINITY;
      return a;
    },
    'ratings[0].value',
    /number|finite/i,
  ],
  [
    'value as a string',
    (a) => {
      const rating = a.ratings[0];
      if (rating) (rating as Record<string, unknown>).value = '3';
      return a;
    },
    'ratings[0].value',
    /number/,
  ],
  [
    'the same node rated twice',
    (a) => {
      a.ratings.push({ nodeId: 'hlm:leading-with-care', value: 1 });
      return a;
    },
    'ratings[2].nodeId',
    /twice/,
  ],
  [
    'unknown rater role',
    (a) => ({ ...a, rater: { id: 'x', role: 'boss' } }),
    'rater.role',
    /self|manager/,
  ],
  ['empty subject', (a) => ({ ...a, subject: '' }), 'subject', /1/],
  [
    'completedAt that is not a date-time',
    (a) => ({ ...a, completedAt: 'last Tuesday' }),
    'completedAt',
    /datetime|date/i,
  ],
  [
    'importance without an importance scale',
    (a) => ({ ...a, importanceScale: undefined }),
    'ratings[0].importance',
    /importanceScale/,
  ],
  [
    'ratings that are not a list',
    (a) => ({ ...a, ratings: { 'hlm:leading-with-care': 3 } }),
    'ratings',
    /array/i,
  ],
];

const badInFramework: Case<AssessmentInput & Record<string, unknown>>[] = [
  ['key of another framework', (a) => ({ ...a, framework: 'mlcf@2010' }), 'framework', /hlm@2013/],
  ['scale the framework lacks', (a) => ({ ...a, scale: 'mlcf:levels' }), 'scale', /mlcf:levels/],
  [
    'node of another framework',
    (a) => {
      a.ratings.push({ nodeId: 'mlcf:1.1', value: 2 });
      return a;
    },
    'ratings[2].nodeId',
    /not a node/,
  ],
  [
    'node that is not rated',
    (a) => {
      a.ratings.push({ nodeId: 'hlm:personal-qualities', value: 2 });
      return a;
    },
    'ratings[2].nodeId',
    /rates only dimension/,
  ],
  [
    'value off the scale',
    (a) => {
      const rating = a.ratings[0];
      if (rating) rating.value = 5;
      return a;
    },
    'ratings[0].value',
    /not on scale.*0, 1, 2, 3, 4/,
  ],
  [
    'value between the points',
    (a) => {
      const rating = a.ratings[0];
      if (rating) rating.value = 2.5;
      return a;
    },
    'ratings[0].value',
    /not on scale/,
  ],
  [
    'importance off its scale',
    (a) => {
      const rating = a.ratings[0];
      if (rating) rating.importance = 9;
      return a;
    },
    'ratings[0].importance',
    /hlm:importance/,
  ],
];

describe('parseFramework', () => {
  it('accepts a valid framework and freezes the result', () => {
    const framework = parseFramework(tinyFramework());
    expect(framework.key).toBe('demo@2024');
    expect(Object.isFrozen(framework.children[0])).toBe(true);
  });

  it.each(badFrameworks)('rejects a %s, naming the path', (_name, change, path, message) => {
    expectIssue(() => parseFramework(change(tinyFramework() as never)), path, message);
  });

  it('reports every problem at once, not only the first', () => {
    const result = safeParseFramework({
      ...tinyFramework(),
      key: 'x@1',
      defaultScale: 'nope',
      assessedKind: 'zzz',
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => issue.pathText)).toEqual([
        'key',
        'defaultScale',
        'assessedKind',
      ]);
  });

  it.each([null, undefined, 42, 'hlm', []])('rejects %j without crashing', (input) => {
    expect(safeParseFramework(input).success).toBe(false);
    expect(() => parseFramework(input)).toThrowError(MedleadValidationError);
  });
});

describe('parseAssessment', () => {
  it('accepts a valid assessment, with null as not observed', () => {
    const assessment = parseAssessment(hlmAssessment(), { framework: hlm });
    expect(assessment.ratings[1]?.value).toBeNull();
    expect(Object.isFrozen(assessment.ratings)).toBe(true);
  });

  it.each(badAssessments)('rejects a %s, naming the path', (_name, change, path, message) => {
    expectIssue(() => parseAssessment(change(hlmAssessment() as never)), path, message);
  });

  it.each(badInFramework)(
    'rejects, against its framework, a %s',
    (_name, change, path, message) => {
      expectIssue(
        () => parseAssessment(change(hlmAssessment() as never), { framework: hlm }),
        path,
        message,
      );
    },
  );

  it('accepts a generic scale for any framework', () => {
    const result = safeParseAssessment(
      {
        ...hlmAssessment(),
        framework: 'mlcf@2010',
        scale: 'percent-100',
        importanceScale: undefined,
        ratings: [{ nodeId: 'mlcf:1.1', value: 73 }],
      },
      { framework: mlcf },
    );
    expect(result.success ? 'ok' : result.error.message).toBe('ok');
  });
});

describe('parseCrosswalk', () => {
  const crosswalk = {
    id: 'mlcf-to-hlm',
    from: 'mlcf@2010',
    to: 'hlm@2013',
    version: '1.0.0',
    title: 'A test crosswalk',
    summary: 'One link, for the tests.',
    unmapped: { from: [], to: [] },
    links: [
      {
        from: 'mlcf:1.4',
        to: 'hlm:inspiring-shared-purpose',
        relation: 'relatedMatch',
        weight: 0.5,
        rationale: 'Integrity and values.',
        provenance: 'editorial',
      },
    ],
  };

  it('accepts a valid crosswalk', () => {
    expect(parseCrosswalk(crosswalk).links).toHaveLength(1);
  });

  it('rejects an unknown relation, a weight over 1 and a link from the wrong framework', () => {
    const bad = {
      ...crosswalk,
      links: [
        { ...crosswalk.links[0], relation: 'sameAs', weight: 2, from: 'hlm:leading-with-care' },
      ],
    };
    expectIssue(() => parseCrosswalk(bad), 'links[0].relation', /exactMatch/);
    expectIssue(() => parseCrosswalk(bad), 'links[0].weight', /1/);
  });

  it('checks a crosswalk against its editions: unknown nodes and silently unmapped ones', () => {
    const issues = issuesOf(() =>
      parseCrosswalk(
        { ...crosswalk, links: [{ ...crosswalk.links[0], to: 'hlm:vision' }] },
        { frameworks: { from: mlcf, to: hlm } },
      ),
    );
    expect(issues.map((issue) => issue.pathText)).toContain('links[0].to');
    expect(issues.filter((issue) => issue.pathText === 'unmapped.from')).toHaveLength(19); // 1.4 is linked
    expect(issues.filter((issue) => issue.pathText === 'unmapped.to')).toHaveLength(9);
  });
});
