// What an import must give back of a framework that was exported (issue 14): every node's id,
// code and title, in the same order and hierarchy, the same nodes rated, on the same scale.
import { expect } from 'vitest';
import type { Framework } from '../model/types';
import { assessableNodes, walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';
import { MedleadValidationError } from '../validation/errors';

export function shapeOf(framework: Framework) {
  const scale = findScale(framework, framework.defaultScale);
  return {
    nodes: walk(framework).map(({ node, parent, depth }) => ({
      id: node.id,
      code: node.code,
      title: node.title,
      parent: parent?.id ?? null,
      depth,
    })),
    rated: assessableNodes(framework).map((node) => node.id),
    scale: {
      id: scale?.id,
      measures: scale?.measures,
      points: scale?.points.map((point) => [point.value, point.label]),
    },
  };
}

/** The issues `run` is refused with, as "path: message"; fails the test if it is accepted. */
export function refusals(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MedleadValidationError);
    return (error as MedleadValidationError).issues.map(
      (issue) => `${issue.pathText}: ${issue.message}`,
    );
  }
  throw new Error('accepted, but should be refused');
}
