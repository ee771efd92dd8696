import type { Assessment, Framework, FrameworkNode, Rating } from '../model/types';
import { findScale } from '../scales/find-scale';
import { deepFreeze } from '../util/deep-freeze';
import { parseAssessment } from '../validation/parse';
import { levelOf, normalize } from './scale-math';
import type { NodeScore, ScoreReport } from './score-report';
import { mean } from './statistics';

/**
 * Scores one assessment against its framework.
 *
 * - An assessed node's value is its rating; `null` (not observed) and no rating both leave it
 *   unrated: never counted as zero.
 * - A parent's value is the mean of its children that have a value (`n` says how many); a parent
 *   with no valued child has no value.
 * - `overall` is the mean of the top-level nodes that have a value.
 * - Completeness is rated ÷ assessed nodes.
 *
 * Throws `MedleadValidationError` listing every problem if the assessment does not fit the framework.
 */
export function scoreAssessment(framework: Framework, input: Assessment): ScoreReport {
  const assessment = parseAssessment(input, { framework });
  const scale = findScale(framework, assessment.scale);
  // parseAssessment has checked the scale exists; this keeps the type checker sure of it too.
  if (scale === undefined) throw new Error(`medlead: scale "${assessment.scale}" vanished`);
  const ratings = new Map<string, Rating>(
    assessment.ratings.map((rating) => [rating.nodeId, rating]),
  );
  const nodes: NodeScore[] = [];

  const score = (node: FrameworkNode, depth: number, parentId: string | null): NodeScore | null => {
    const position = nodes.length;
    if (node.kind === framework.assessedKind) {
      const rating = ratings.get(node.id);
      const value = rating?.value ?? null;
      const result: NodeScore = {
        ...identity(node, depth, parentId),
        assessed: true,
        value,
        normalized: value === null ? null : normalize(value, scale),
        level: value === null ? null : levelOf(value, scale),
        n: value === null ? 0 : 1,
        rated: value === null ? 0 : 1,
        total: 1,
        importance: rating?.importance ?? null,
        ...(rating?.comment === undefined ? {} : { comment: rating.comment }),
      };
      nodes.push(result);
      return result;
    }
    const children = (node.children ?? [])
      .map((child) => score(child, depth + 1, node.id))
      .filter((child): child is NodeScore => child !== null);
    if (children.length === 0) return null; // nothing under this node is rated (e.g. a theme)
    const values = children.flatMap((child) => (child.value === null ? [] : [child.value]));
    const value = mean(values);
    const result: NodeScore = {
      ...identity(node, depth, parentId),
      assessed: false,
      value,
      normalized: value === null ? null : normalize(value, scale),
      level: null,
      n: values.length,
      rated: children.reduce((sum, child) => sum + child.rated, 0),
      total: children.reduce((sum, child) => sum + child.total, 0),
      importance: null,
    };
    nodes.splice(position, 0, result); // a parent comes before its children
    return result;
  };

  const top = framework.children
    .map((node) => score(node, 0, null))
    .filter((node) => node !== null);
  const topValues = top.flatMap((node) => (node.value === null ? [] : [node.value]));
  const overallValue = mean(topValues);
  const assessed = nodes.filter((node) => node.assessed);
  const rated = assessed.filter((node) => node.value !== null).length;

  return deepFreeze({
    framework: framework.key,
    scale: scale.id,
    importanceScale: assessment.importanceScale ?? null,
    subject: assessment.subject,
    rater: assessment.rater,
    ...(assessment.completedAt === undefined ? {} : { completedAt: assessment.completedAt }),
    nodes,
    overall: {
      value: overallValue,
      normalized: overallValue === null ? null : normalize(overallValue, scale),
      n: topValues.length,
    },
    completeness: {
      rated,
      total: assessed.length,
      ratio: assessed.length === 0 ? 0 : rated / assessed.length,
    },
    unrated: assessed.filter((node) => node.value === null).map((node) => node.nodeId),
  });
}

function identity(node: FrameworkNode, depth: number, parentId: string | null) {
  return {
    nodeId: node.id,
    code: node.code ?? null,
    title: node.title,
    kind: node.kind,
    depth,
    parentId,
  };
}
