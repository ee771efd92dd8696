import { describe, expect, it } from 'vitest';
import { FrameworkSchema } from '../model/framework';
import type { Framework, FrameworkNode } from '../model/types';
import { assessableNodes, walk } from '../navigation/navigate';
import { safeParseFramework } from '../validation/parse';
import { ama } from './ama';
import { fmlm2016, fmlm2021 } from './fmlm';
import { hlm } from './hlm';
import { mlcf } from './mlcf';
import { frameworks } from './registry';

// Names and numbers below are typed from shared/reference/frameworks.md, not from the data files.

const titles = (nodes: readonly FrameworkNode[]) => nodes.map((node) => node.title);
const codesAndTitles = (nodes: readonly FrameworkNode[]) =>
  nodes.map((node) => `${node.code} ${node.title}`);

/** Every object in a value, for checks that must hold everywhere (frozen, provenance…). */
function* objectsIn(value: unknown): Generator<object> {
  if (value === null || typeof value !== 'object') return;
  yield value;
  for (const child of Object.values(value)) yield* objectsIn(child);
}

describe.each(frameworks.map((framework) => [framework.key, framework] as const))(
  '%s',
  (_key, framework) => {
    it('passes the Framework schema, with every id and reference checked', () => {
      const result = safeParseFramework(framework);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      expect(FrameworkSchema.safeParse(framework).success).toBe(true);
    });

    it('is deep-frozen', () => {
      for (const object of objectsIn(framework)) expect(Object.isFrozen(object)).toBe(true);
    });

    it('has sources with titles and publishers, and a rights note', () => {
      expect(framework.sources.length).toBeGreaterThan(0);
      expect(framework.rights.length).toBeGreaterThan(80);
    });

    it('gives provenance to every node, summary, heading, indicator, stage and scale', () => {
      const all = [
        ...walk(framework).map((entry) => entry.node),
        ...(framework.crossCutting ?? []),
      ];
      for (const node of all) {
        expect(node.provenance).toBeDefined();
        expect(node.summary.provenance).toBeDefined();
        for (const heading of node.levels ?? []) expect(heading.provenance).toBeDefined();
        for (const indicator of node.indicators ?? []) expect(indicator.provenance).toBeDefined();
      }
      for (const stage of framework.stages ?? []) {
        expect(stage.provenance).toBeDefined();
        expect(stage.expects.provenance).toBeDefined();
      }
      for (const scale of framework.scales) expect(scale.provenance).toBeDefined();
    });

    it('writes every summary in our own words (paraphrased or editorial, never "published")', () => {
      for (const { node } of walk(framework)) expect(node.summary.provenance).not.toBe('published');
      expect(framework.summary.provenance).not.toBe('published');
    });

    it('has ids of the form family:code-or-slug, unique within the edition', () => {
      const ids = walk(framework).map((entry) => entry.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${framework.id}:[a-z0-9][a-z0-9.-]*$`));
    });

    it('has at least one assessable node, and a default scale', () => {
      expect(assessableNodes(framework).length).toBeGreaterThan(0);
      expect(framework.defaultScale).toBeTruthy();
    });
  },
);

describe('MLCF, 3rd edition (2010)', () => {
  it('has the five domains with their published numbers and names', () => {
    expect(codesAndTitles(mlcf.children)).toEqual([
      '1 Demonstrating Personal Qualities',
      '2 Working with Others',
      '3 Managing Services',
      '4 Improving Services',
      '5 Setting Direction',
    ]);
    expect(mlcf.key).toBe('mlcf@2010');
    expect(mlcf.children.every((node) => node.kind === 'domain')).toBe(true);
  });

  it('has the twenty elements 1.1 … 5.4 with their published names', () => {
    expect(codesAndTitles(assessableNodes(mlcf))).toEqual([
      '1.1 Developing Self Awareness',
      '1.2 Managing Yourself',
      '1.3 Continuing Personal Development',
      '1.4 Acting with Integrity',
      '2.1 Developing Networks',
      '2.2 Building & Maintaining Relationships',
      '2.3 Encouraging Contribution',
      '2.4 Working within Teams',
      '3.1 Planning',
      '3.2 Managing Resources',
      '3.3 Managing People',
      '3.4 Managing Performance',
      '4.1 Ensuring Patient Safety',
      '4.2 Critically Evaluating',
      '4.3 Encouraging Improvement and Innovation',
      '4.4 Facilitating Transformation',
      '5.1 Identifying the Contexts for Change',
      '5.2 Applying Knowledge and Evidence',
      '5.3 Making Decisions',
      '5.4 Evaluating Impact',
    ]);
    for (const node of assessableNodes(mlcf)) expect(node.id).toBe(`mlcf:${node.code}`);
  });

  it('places each element under its domain', () => {
    for (const domain of mlcf.children) {
      expect((domain.children ?? []).map((element) => element.code?.split('.')[0])).toEqual(
        Array(4).fill(domain.code),
      );
    }
  });

  it('has four indicators per element, none of them claimed as published', () => {
    for (const element of assessableNodes(mlcf)) {
      expect(element.indicators).toHaveLength(4);
      for (const indicator of element.indicators ?? []) {
        expect(indicator.provenance).not.toBe('published');
        expect(indicator.uncertain).toBeTruthy();
      }
    }
  });

  it('has the three career stages, each expecting every domain', () => {
    expect(mlcf.stages?.map((stage) => stage.title)).toEqual([
      'Undergraduate',
      'Postgraduate',
      'Continuing practice',
    ]);
    for (const stage of mlcf.stages ?? []) expect(stage.expects.nodes).toHaveLength(5);
  });

  it('keeps the uncertain domain summaries visibly uncertain', () => {
    for (const domain of mlcf.children) expect(domain.summary.uncertain).toBeTruthy();
  });

  it('is marked superseded by the Healthcare Leadership Model', () => {
    expect(mlcf.status).toBe('superseded');
    expect(mlcf.supersededBy).toBe('hlm@2013');
  });
});

describe('Healthcare Leadership Model v1.0 (2013)', () => {
  it('has the nine dimensions in the published order', () => {
    expect(titles(hlm.children)).toEqual([
      'Inspiring shared purpose',
      'Leading with care',
      'Evaluating information',
      'Connecting our service',
      'Sharing the vision',
      'Engaging the team',
      'Holding to account',
      'Developing capability',
      'Influencing for results',
    ]);
    expect(assessableNodes(hlm)).toHaveLength(9);
    expect(hlm.key).toBe('hlm@2013');
  });

  it('has the four-point level scale Essential / Proficient / Strong / Exemplary', () => {
    const levels = hlm.scales.find((scale) => scale.id === hlm.levelScale);
    expect(levels?.points.map((point) => point.label)).toEqual([
      'Essential',
      'Proficient',
      'Strong',
      'Exemplary',
    ]);
    expect(levels?.provenance).toBe('published');
  });

  it('has the self-assessment scale (Insufficient + the four levels) and an importance scale', () => {
    const selfScale = hlm.scales.find((scale) => scale.id === 'hlm:self-assessment');
    expect(selfScale?.points.map((point) => point.label)).toEqual([
      'Insufficient',
      'Essential',
      'Proficient',
      'Strong',
      'Exemplary',
    ]);
    expect(selfScale?.uncertain).toBeTruthy();
    const importance = hlm.scales.find((scale) => scale.measures === 'importance');
    expect(importance?.provenance).toBe('editorial');
  });

  it('gives the published level headings exactly', () => {
    const headings = (id: string) =>
      hlm.children.find((node) => node.id === id)?.levels?.map((level) => level.title);
    expect(headings('hlm:inspiring-shared-purpose')).toEqual([
      'Staying true to NHS principles and values',
      'Holding to principles and values under pressure',
      'Taking personal risks to stand up for the shared purpose',
      'Making courageous challenges for the benefit of the service',
    ]);
    expect(headings('hlm:leading-with-care')).toEqual([
      'Caring for the team',
      'Recognising underlying reasons for behaviour',
      'Providing opportunities for mutual support',
      'Spreading a caring environment beyond my own area',
    ]);
    expect(headings('hlm:connecting-our-service')).toEqual([
      'Recognising how my area of work relates to other parts of the system',
      'Understanding the culture and politics across my organisation',
      'Adapting to different standards and approaches outside my organisation',
      'Working strategically across the system',
    ]);
    expect(headings('hlm:sharing-the-vision')).toEqual([
      'Communicating to create credibility and trust',
      'Creating clear direction',
      'Making long-term goals desirable',
      'Inspiring confidence for the future',
    ]);
    expect(headings('hlm:engaging-the-team')).toEqual([
      'Involving the team',
      'Fostering creative participation',
      'Co-operating to raise the game',
      'Stretching the team for excellence and innovation',
    ]);
    expect(headings('hlm:holding-to-account')).toEqual([
      'Setting clear expectations',
      'Managing and supporting performance',
      'Challenging for continuous improvement',
      'Creating a mindset for innovative change',
    ]);
    expect(headings('hlm:influencing-for-results')).toEqual([
      'Engaging with others to convince or persuade',
      'Adapting my approach to connect with diverse groups',
      'Developing collaborative agendas and consensus',
      'Building sustainable commitments',
    ]);
  });

  it('leaves the unknown headings visibly absent, not invented', () => {
    for (const id of ['hlm:evaluating-information', 'hlm:developing-capability']) {
      const levels = hlm.children.find((node) => node.id === id)?.levels ?? [];
      expect(levels).toHaveLength(4);
      for (const level of levels) {
        expect(level.title).toBeNull();
        expect(level.uncertain).toBeTruthy();
      }
    }
  });

  it('treats the personal qualities as cross-cutting, not a tenth dimension', () => {
    expect(hlm.crossCutting?.map((node) => node.title)).toEqual(['Personal qualities']);
    expect(hlm.crossCutting?.[0]?.indicators?.map((quality) => quality.text)).toEqual([
      'Self-awareness',
      'Self-confidence',
      'Self-control',
      'Self-knowledge',
      'Personal reflection',
      'Resilience',
      'Determination',
    ]);
    expect(hlm.children.some((node) => node.title === 'Personal qualities')).toBe(false);
  });
});

describe('AMA six core leadership competencies', () => {
  it('has the six published names', () => {
    expect(titles(ama.children)).toEqual([
      'Professionalism',
      'Self-management',
      'Team management',
      'Influence and communication',
      'Systems-based practice',
      'Executing toward a vision',
    ]);
  });

  it('marks every summary and behaviour editorial, 3–5 behaviours each', () => {
    for (const competency of ama.children) {
      expect(competency.summary.provenance).toBe('editorial');
      const behaviours = competency.indicators ?? [];
      expect(behaviours.length).toBeGreaterThanOrEqual(3);
      expect(behaviours.length).toBeLessThanOrEqual(5);
      for (const behaviour of behaviours) expect(behaviour.provenance).toBe('editorial');
      expect(competency.uncertain).toBeTruthy();
    }
  });

  it('cites the AMA Ed Hub module and the Health Systems Science series', () => {
    const cited = ama.sources.map((source) => `${source.title} ${source.url ?? ''}`).join(' ');
    expect(cited).toMatch(/ama-assn\.org/);
    expect(cited).toMatch(/Health Systems Science/);
  });
});

describe('FMLM Leadership and Management Standards', () => {
  it('2016 (2nd edition) has the domains Self, Team, Corporate', () => {
    expect(codesAndTitles(fmlm2016.children)).toEqual(['1 Self', '2 Team', '3 Corporate']);
    expect(fmlm2016.status).toBe('superseded');
  });

  it('2021 (3rd edition) has self, team, corporate responsibility and system leadership', () => {
    expect(fmlm2021.children.map((node) => node.id)).toEqual([
      'fmlm:self',
      'fmlm:team',
      'fmlm:corporate',
      'fmlm:system-leadership',
    ]);
    expect(titles(fmlm2021.children)).toEqual([
      'Leadership of Self',
      'Team player/team leader',
      'Corporate responsibility',
      'System leadership',
    ]);
  });

  it('names the known themes', () => {
    const themes = (framework: Framework) =>
      walk(framework)
        .filter((entry) => entry.node.kind === 'theme')
        .map((entry) => entry.node.title);
    expect(themes(fmlm2016)).toEqual([
      'Self awareness and self development',
      'Personal resilience, drive and energy',
    ]);
    expect(themes(fmlm2021)).toEqual([
      'Self-awareness and development',
      'Effective teamwork',
      'Organisational team player',
    ]);
  });

  it('has the fellowship grades as stages naming the domains each requires', () => {
    const stages = Object.fromEntries((fmlm2021.stages ?? []).map((stage) => [stage.id, stage]));
    expect(stages['associate-fellow']?.expects.nodes).toEqual(['fmlm:self', 'fmlm:team']);
    expect(stages['associate-fellow']?.expects.uncertain).toBeTruthy();
    expect(stages.fellow?.expects.nodes).toEqual(['fmlm:self', 'fmlm:team', 'fmlm:corporate']);
    expect(stages['senior-fellow']?.expects.nodes).toEqual([
      'fmlm:self',
      'fmlm:team',
      'fmlm:corporate',
      'fmlm:system-leadership',
    ]);
    for (const stage of fmlm2016.stages ?? []) expect(stage.expects.uncertain).toBeTruthy();
  });

  it('keeps what is uncertain visibly uncertain', () => {
    const byId = (framework: Framework, id: string) =>
      walk(framework).find((entry) => entry.node.id === id)?.node;
    expect(byId(fmlm2016, 'fmlm:team')?.uncertain).toBeTruthy();
    expect(byId(fmlm2016, 'fmlm:corporate')?.uncertain).toBeTruthy();
    expect(byId(fmlm2021, 'fmlm:system-leadership')?.uncertain).toBeTruthy();
    expect(fmlm2016.uncertain).toBeTruthy();
  });
});
