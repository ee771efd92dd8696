import {
  type Assessment,
  type Framework,
  type FrameworkNode,
  type LevelHeading,
  type Rater,
  type Rating,
  type RatingScale,
  safeParseAssessment,
  walk,
} from '@medlead/core';

/** One question of the form: an assessed node, and the node it sits under (its domain). */
export interface Question {
  readonly node: FrameworkNode;
  readonly parent: FrameworkNode | null;
}

/** A run of questions under one parent (`null` where the assessed nodes are top-level). */
export interface QuestionGroup {
  readonly parent: FrameworkNode | null;
  readonly questions: readonly Question[];
}

/** The assessed nodes in published order, grouped under their parents. */
export function questionGroups(framework: Framework): readonly QuestionGroup[] {
  const groups: { parent: FrameworkNode | null; questions: Question[] }[] = [];
  for (const entry of walk(framework)) {
    if (entry.node.kind !== framework.assessedKind) continue;
    const last = groups[groups.length - 1];
    const question = { node: entry.node, parent: entry.parent };
    if (last !== undefined && last.parent === entry.parent) last.questions.push(question);
    else groups.push({ parent: entry.parent, questions: [question] });
  }
  return groups;
}

/** "1.1 Developing Self Awareness", or the title alone where the owner numbered nothing. */
export function questionName(node: FrameworkNode): string {
  return node.code === undefined ? node.title : `${node.code} ${node.title}`;
}

/** What a rater has said about a node that has no rating yet (importance or a comment first). */
export interface PendingAnswer {
  readonly importance?: number;
  readonly comment?: string;
}

/** A change to one question's answer; `value: null` is "not observed". */
export type AnswerChange =
  | { readonly field: 'value'; readonly value: number | null }
  | { readonly field: 'importance'; readonly value: number }
  | { readonly field: 'comment'; readonly value: string };

/** A question's answer so far, whether it is a rating yet or still pending. */
export interface Answer {
  readonly value?: number | null | undefined;
  readonly importance?: number | undefined;
  readonly comment?: string | undefined;
}

/** Where the fields of a rating come from: the rating itself, else what is pending for it. */
export function answerOf(
  ratings: readonly Rating[],
  pending: ReadonlyMap<string, PendingAnswer>,
  nodeId: string,
): Answer {
  const rating = ratings.find((candidate) => candidate.nodeId === nodeId);
  if (rating !== undefined) return rating;
  return pending.get(nodeId) ?? {};
}

/**
 * The ratings after one change, in question order (ratings of nodes that are not questions, which
 * only bad input has, are kept at the end so that nothing given is silently dropped). A node gets
 * a rating once it has a value or "not observed"; importance or a comment given before that waits
 * in `pending` and joins the rating when it is made.
 */
export function applyChange(
  questions: readonly Question[],
  ratings: readonly Rating[],
  pending: ReadonlyMap<string, PendingAnswer>,
  nodeId: string,
  change: AnswerChange,
): { ratings: Rating[]; pending: Map<string, PendingAnswer> } {
  const nextPending = new Map(pending);
  const existing = ratings.find((rating) => rating.nodeId === nodeId);
  let updated: Rating | undefined;
  if (existing !== undefined) {
    updated = withField(existing, change);
  } else if (change.field === 'value') {
    updated = withField({ nodeId, value: change.value, ...pending.get(nodeId) }, change);
    nextPending.delete(nodeId);
  } else {
    nextPending.set(nodeId, withPendingField(pending.get(nodeId) ?? {}, change));
  }
  const byNode = new Map(ratings.map((rating) => [rating.nodeId, rating]));
  if (updated !== undefined) byNode.set(nodeId, updated);
  const questionIds = new Set(questions.map((question) => question.node.id));
  const ordered: Rating[] = [];
  for (const question of questions) {
    const rating = byNode.get(question.node.id);
    if (rating !== undefined) ordered.push(rating);
  }
  for (const rating of ratings) if (!questionIds.has(rating.nodeId)) ordered.push(rating);
  return { ratings: ordered, pending: nextPending };
}

function withField(rating: Rating, change: AnswerChange): Rating {
  if (change.field === 'value') return { ...rating, value: change.value };
  if (change.field === 'importance') return { ...rating, importance: change.value };
  // An empty comment is no comment; the text is otherwise kept as typed (trimming it would
  // fight the user's typing in a controlled form).
  const { comment: _dropped, ...rest } = rating;
  return change.value === '' ? rest : { ...rest, comment: change.value };
}

function withPendingField(answer: PendingAnswer, change: AnswerChange): PendingAnswer {
  if (change.field === 'importance') return { ...answer, importance: change.value };
  if (change.field === 'comment') {
    const { comment: _dropped, ...rest } = answer;
    return change.value === '' ? rest : { ...rest, comment: change.value };
  }
  return answer;
}

/** The assessment the form stands for: only the fields the form owns, so always well formed. */
export function draftAssessment(fields: {
  framework: Framework;
  scale: string;
  importanceScale: string | undefined;
  subject: string;
  rater: Rater;
  ratings: readonly Rating[];
}): Assessment {
  return {
    framework: fields.framework.key,
    scale: fields.scale,
    ...(fields.importanceScale === undefined ? {} : { importanceScale: fields.importanceScale }),
    subject: fields.subject,
    rater: { id: fields.rater.id, role: fields.rater.role },
    ratings: fields.ratings,
  };
}

/** The problems that stop a submission: per question (by node id), and any others. */
export interface FormErrors {
  readonly byNode: ReadonlyMap<string, string>;
  readonly general: readonly string[];
}

/**
 * Checks the draft: every question answered (when required), then core's own validation, whose
 * issues name their path (`ratings[3].value`), so each can be put on its question.
 */
export function checkDraft(
  framework: Framework,
  questions: readonly Question[],
  draft: Assessment,
  options: { requireAll: boolean },
): { assessment: Assessment | undefined; errors: FormErrors } {
  const byNode = new Map<string, string>();
  const general: string[] = [];
  if (options.requireAll) {
    const answered = new Set(draft.ratings.map((rating) => rating.nodeId));
    for (const { node } of questions) {
      if (!answered.has(node.id)) {
        byNode.set(node.id, `Choose an answer for ${questionName(node)}`);
      }
    }
  }
  const result = safeParseAssessment(draft, { framework });
  if (!result.success) {
    const questionNodes = new Map(questions.map((question) => [question.node.id, question.node]));
    for (const issue of result.error.issues) {
      const [first, index] = issue.path;
      const nodeId =
        first === 'ratings' && typeof index === 'number' ? draft.ratings[index]?.nodeId : undefined;
      const node = nodeId === undefined ? undefined : questionNodes.get(nodeId);
      if (node !== undefined && !byNode.has(node.id)) {
        byNode.set(node.id, `${questionName(node)}: ${issue.message}`);
      } else {
        general.push(`${issue.pathText}: ${issue.message}`);
      }
    }
  }
  const errors = { byNode, general };
  const ok = byNode.size === 0 && general.length === 0 && result.success;
  return { assessment: ok ? result.data : undefined, errors };
}

/**
 * The headings a node gives the points of the scale the form asks on (HLM: "Strong" on "Leading
 * with care" is "Providing opportunities for mutual support"), by scale value. A heading is given
 * to a point only when the framework's level scale has the same point (same value and label), so
 * another scale never borrows one; an unknown heading (title null) gives nothing, never a guess.
 */
export function levelHeadings(
  framework: Framework,
  node: FrameworkNode,
  scale: RatingScale,
): ReadonlyMap<number, LevelHeading> {
  const headings = new Map<number, LevelHeading>();
  const levelScale = framework.scales.find((candidate) => candidate.id === framework.levelScale);
  if (levelScale === undefined || node.levels === undefined) return headings;
  for (const heading of node.levels) {
    if (heading.title === null) continue;
    const level = levelScale.points.find((point) => point.value === heading.value);
    const point = scale.points.find((candidate) => candidate.value === heading.value);
    if (level !== undefined && point !== undefined && point.label === level.label) {
      headings.set(point.value, heading);
    }
  }
  return headings;
}
