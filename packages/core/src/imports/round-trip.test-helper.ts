// What an import must give back of a framework that was exported (issue 14): every node's id,
// code and title, in the same order and hierarchy, the same nodes rated, on the same scale.
import type { Framework } from '../model/types';
import { assessableNodes, walk } from '../navigation/navigate';
import { findScale } from '../scales/find-scale';

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
