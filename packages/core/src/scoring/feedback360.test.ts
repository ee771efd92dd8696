import { describe, expect, it } from 'vitest';
import { hlm } from '../frameworks/hlm';
import type { Assessment } from '../model/types';
import { aggregateFeedback, type FeedbackNode } from './feedback360';
import { hlmRating, worked360 } from './fixtures';

// Every expected figure below was worked out by hand (the working is in the comments).

const assessments = worked360 as Assessment[];
const byId = (nodes: readonly FeedbackNode[], id: string) => {
  const node = nodes.find((candidate) => candidate.nodeId === `hlm:${id}`);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node;
};

describe('aggregateFeedback: the worked 360 (1 self, 1 manager, 4 peers, 2 direct reports)', () => {
  const report = aggregateFeedback(hlm, assessments);
  const a = byId(report.nodes, 'inspiring-shared-purpose');
  const b = byId(report.nodes, 'leading-with-care');
  const c = byId(report.nodes, 'evaluating-information');

  it('resolves the documented defaults', () => {
    expect(report.options).toEqual({
      minRaters: { self: 1, manager: 1, peer: 3, 'direct-report': 3, other: 3 },
      blindSpotThreshold: 1, // one step of the 0–4 scale
      hiddenStrengthThreshold: 1,
    });
  });

  it('suppresses the direct reports (2 < 3) everywhere, with no figure and no count', () => {
    expect(report.groups['direct-report']).toEqual({ status: 'suppressed', minRaters: 3 });
    for (const node of report.nodes)
      expect(node.groups['direct-report']).toEqual({ status: 'suppressed' });
    expect(report.groups.peer).toEqual({ status: 'shown', raters: 4, minRaters: 3 });
    expect(report.groups.manager).toEqual({ status: 'shown', raters: 1, minRaters: 1 });
    expect(report.groups.other).toEqual({ status: 'absent', minRaters: 3 });
  });

  it('gives per-group figures: n, mean, sample sd, min, max', () => {
    expect(a.groups.self).toEqual({ status: 'shown', n: 1, mean: 4, sd: null, min: 4, max: 4 });
    expect(a.groups.manager).toEqual({ status: 'shown', n: 1, mean: 2, sd: null, min: 2, max: 2 });
    // peers 3, 2, 3, 2: mean 2.5; squared deviations 4 × 0.25 = 1; sd = √(1/3)
    expect(a.groups.peer).toMatchObject({ status: 'shown', n: 4, mean: 2.5, min: 2, max: 3 });
    expect(a.groups.peer.status === 'shown' && a.groups.peer.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    // peers 4, 4, 3, 4: mean 3.75; squared deviations 3 × 0.0625 + 0.5625 = 0.75; sd = √0.25
    expect(b.groups.peer).toMatchObject({ status: 'shown', n: 4, mean: 3.75, min: 3, max: 4 });
    expect(b.groups.peer.status === 'shown' && b.groups.peer.sd).toBeCloseTo(0.5, 12);
  });

  it('counts "not observed" as missing, never as zero: peers on C have n = 3, still shown', () => {
    expect(c.groups.peer).toEqual({ status: 'shown', n: 3, mean: 3, sd: 0, min: 3, max: 3 });
  });

  it('pools others from the shown groups only, so the suppressed direct reports cannot be subtracted out', () => {
    // A: manager 2 + peers 3, 2, 3, 2 = 12 / 5 = 2.4 (the direct reports' 1 and 2 are left out)
    expect(a.others).toMatchObject({ status: 'shown', n: 5, mean: 2.4, min: 2, max: 3 });
    expect(a.others.status === 'shown' && a.others.sd).toBeCloseTo(Math.sqrt(1.2 / 4), 12);
    // B: manager 3 + peers 4, 4, 3, 4 = 18 / 5 = 3.6
    expect(b.others).toMatchObject({ status: 'shown', n: 5, mean: 3.6 });
    // C: manager 3 + peers 3, 3, 3 = 3
    expect(c.others).toMatchObject({ status: 'shown', n: 4, mean: 3, sd: 0 });
  });

  it('gives gap = self − others, and flags blind spots and hidden strengths at one scale step', () => {
    expect(a.gap).toBeCloseTo(1.6, 12); // 4 − 2.4
    expect(a.flag).toBe('blind-spot');
    expect(b.gap).toBeCloseTo(-1.6, 12); // 2 − 3.6
    expect(b.flag).toBe('hidden-strength');
    expect(c.gap).toBe(0);
    expect(c.flag).toBeNull();
    expect(report.blindSpots).toEqual(['hlm:inspiring-shared-purpose']);
    expect(report.hiddenStrengths).toEqual(['hlm:leading-with-care']);
  });

  it('averages importance over exactly the raters pooled in others (the manager here; self is not pooled)', () => {
    expect(a.importance).toEqual({ n: 1, mean: 3 });
    expect(b.importance).toEqual({ n: 1, mean: 4 });
    expect(c.importance).toEqual({ n: 1, mean: 2 });
  });

  it('ranks development priorities by importance × shortfall', () => {
    // A: importance (3−1)/3 = 0.667 × (1 − 2.4/4 = 0.4) = 0.267
    // B: (4−1)/3 = 1 × (1 − 3.6/4 = 0.1) = 0.1;  C: (2−1)/3 = 0.333 × (1 − 3/4) = 0.0833
    expect(report.priorities.map((priority) => priority.nodeId)).toEqual([
      'hlm:inspiring-shared-purpose',
      'hlm:leading-with-care',
      'hlm:evaluating-information',
    ]);
    expect(report.priorities[0]?.score).toBeCloseTo(4 / 15, 12);
    expect(report.priorities[1]?.score).toBeCloseTo(1 / 10, 12);
    expect(report.priorities[0]?.performanceFrom).toBe('others');
  });

  it('lists every assessed node; unrated ones have no figures', () => {
    expect(report.nodes).toHaveLength(9);
    const unrated = byId(report.nodes, 'sharing-the-vision');
    expect(unrated.groups.self).toEqual({ status: 'absent' });
    expect(unrated.groups.manager).toEqual({ status: 'absent' });
    // Anonymous groups read "suppressed" whether none or a few of them rated a node, and so
    // does others while they take part: "nobody rated it" would tell a count.
    expect(unrated.groups.peer).toEqual({ status: 'suppressed' });
    expect(unrated.others).toEqual({ status: 'suppressed' });
    expect(unrated.gap).toBeNull();
    expect(unrated.importance).toBeNull();
  });

  it('gives each call a fresh report that shares nothing mutable with another', () => {
    const again = aggregateFeedback(hlm, assessments);
    expect(again).toEqual(report);
    expect(again.nodes).not.toBe(report.nodes);
    expect(again.nodes[0]?.groups).not.toBe(report.nodes[0]?.groups);
  });
});

describe('aggregateFeedback: suppression edge cases', () => {
  it('adds suppressed raters to others once there are enough of them together', () => {
    // Managers made anonymous (minRaters 3): manager (1) and direct reports (2) are each
    // suppressed, but together they are 3 ≥ 3, so others on A = (2 + 3+2+3+2 + 1+2) / 7.
    const report = aggregateFeedback(hlm, assessments, { minRatersByRole: { manager: 3 } });
    const a = byId(report.nodes, 'inspiring-shared-purpose');
    expect(a.groups.manager).toEqual({ status: 'suppressed' });
    expect(a.others).toMatchObject({ status: 'shown', n: 7 });
    expect(a.others.status === 'shown' && a.others.mean).toBeCloseTo(15 / 7, 12);
  });

  it('suppresses a group on a node where too few of its raters gave a value', () => {
    // Two of the four peers say "not observed" on A: 2 < 3, so peers are suppressed there only.
    const edited = assessments.map((assessment) =>
      assessment.rater.id === 'p1' || assessment.rater.id === 'p2'
        ? {
            ...assessment,
            ratings: assessment.ratings.map((r) =>
              r.nodeId === 'hlm:inspiring-shared-purpose' ? { ...r, value: null } : r,
            ),
          }
        : assessment,
    );
    const report = aggregateFeedback(hlm, edited);
    const a = byId(report.nodes, 'inspiring-shared-purpose');
    expect(a.groups.peer).toEqual({ status: 'suppressed' });
    expect(byId(report.nodes, 'leading-with-care').groups.peer.status).toBe('shown');
    // Peers (2 left) and direct reports (2) would make 4 ≥ 3, but a reader who knows each
    // suppressed group has at most 2 could tell from 4 that both have exactly 2: so they are not
    // pooled, and others on A is the manager alone.
    expect(a.others).toMatchObject({ status: 'shown', n: 1, mean: 2 });
  });

  it('uses the self rating for priorities when no others are shown', () => {
    const report = aggregateFeedback(hlm, [
      hlmRating('me', 'self', { 'sharing-the-vision': [1, 4], 'engaging-the-team': [3, 4] }, 'me'),
    ] as Assessment[]);
    expect(report.priorities.map((p) => [p.nodeId, p.performanceFrom])).toEqual([
      ['hlm:sharing-the-vision', 'self'],
      ['hlm:engaging-the-team', 'self'],
    ]);
  });

  it('respects custom thresholds', () => {
    const report = aggregateFeedback(hlm, assessments, {
      blindSpotThreshold: 2,
      hiddenStrengthThreshold: 1.5,
    });
    expect(report.blindSpots).toEqual([]); // 1.6 < 2
    expect(report.hiddenStrengths).toEqual(['hlm:leading-with-care']); // 1.6 ≥ 1.5
    const raised = aggregateFeedback(hlm, assessments, { minRatersByRole: { peer: 5 } });
    expect(raised.groups.peer).toEqual({ status: 'suppressed', minRaters: 5 });
    // Thresholds are raised, never lowered below 3 for an anonymous group.
    expect(() => aggregateFeedback(hlm, assessments, { minRaters: 2 })).toThrowError(
      /options\.minRaters: must be a whole number of raters, 3 or more/,
    );
  });

  it('does not depend on the order of the assessments', () => {
    const reversed = aggregateFeedback(hlm, [...assessments].reverse());
    expect(reversed).toEqual(aggregateFeedback(hlm, assessments));
  });
});
