// Deterministic classes for the tests and screenshots: real score reports from core, with ratings
// drawn from a tiny seeded generator (never Math.random), so every run sees the same cohort.
import {
  assessableNodes,
  type CohortSummary,
  type Framework,
  findScale,
  type ScoreReport,
  scoreAssessment,
  summarizeCohort,
} from '@medlead/core';

/** mulberry32: a small, well-mixed 32-bit generator; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CohortOptions {
  readonly learners: number;
  readonly seed?: number;
  /** Nodes nobody rates (to give a row with n = 0 in a full class). */
  readonly unrated?: readonly string[];
  /** Chance that a learner leaves a node "not observed". Default 0.1. */
  readonly notObserved?: number;
}

/**
 * One self-assessment per learner, scored with `scoreAssessment`: each learner has an overall
 * leaning, each node its own difficulty, and each rating some noise, snapped to a scale point.
 */
export function makeReports(framework: Framework, options: CohortOptions): ScoreReport[] {
  const random = seededRandom(options.seed ?? 2024);
  const scale = findScale(framework, framework.defaultScale);
  if (scale === undefined) throw new Error(`no default scale for ${framework.key}`);
  const points = scale.points.map((point) => point.value);
  const nodes = assessableNodes(framework);
  const difficulty = nodes.map(() => (random() - 0.5) * 1.6);
  const skipped = new Set(options.unrated ?? []);
  return Array.from({ length: options.learners }, (_, learner) => {
    const leaning = (random() - 0.5) * 2;
    const ratings = nodes
      .filter((node) => !skipped.has(node.id))
      .map((node, index) => {
        if (random() < (options.notObserved ?? 0.1)) return { nodeId: node.id, value: null };
        const position = (points.length - 1) * 0.6 + leaning - (difficulty[index] ?? 0);
        const noisy = position + (random() - 0.5) * 2;
        const clamped = Math.min(points.length - 1, Math.max(0, Math.round(noisy)));
        return { nodeId: node.id, value: points[clamped] ?? null };
      });
    return scoreAssessment(framework, {
      framework: framework.key,
      scale: scale.id,
      subject: `learner-${learner + 1}`,
      rater: { id: `learner-${learner + 1}`, role: 'self' },
      ratings,
    });
  });
}

/** `summarizeCohort` over `makeReports`. */
export function makeCohort(framework: Framework, options: CohortOptions): CohortSummary {
  return summarizeCohort(framework, makeReports(framework, options));
}
