import type { NodeScore, ScoreReport } from '@medlead/core';
import {
  type Path,
  readChoice,
  readOptionalString,
  readReport,
  readWholeNumber,
} from '../shared/check-props';

export interface ResultSummaryProps {
  /** The scored assessment (core's `scoreAssessment`). */
  readonly report: ScoreReport;
  /** How many areas to name in each sentence before "and N more": 1 to 1000, default 3. */
  readonly maxNamed?: number;
  /** Force a colour set; by default the user's preference decides. */
  readonly theme?: 'light' | 'dark';
  readonly className?: string;
}

/**
 * More names than any sentence should hold: a longer list reads as a wall of text. (The largest
 * framework core ships rates far fewer areas than this.)
 */
const MOST_NAMED = 1000;

const readMaxNamed = (what: string, path: Path, value: unknown) =>
  readWholeNumber(what, path, value, { min: 1, max: MOST_NAMED, fallback: 3 });

interface StrongAndWeak {
  readonly strongest: readonly NodeScore[];
  readonly weakest: readonly NodeScore[];
  readonly rated: number;
}

/** The rated areas with the highest and the lowest value, in published order. */
export function strongestAndWeakest(report: ScoreReport): StrongAndWeak {
  return extremes(readReport('strongestAndWeakest arguments', ['report'], report));
}

function extremes(report: ScoreReport): StrongAndWeak {
  const rated = report.nodes.filter((node) => node.assessed && node.value !== null);
  const values = rated.map((node) => node.value as number);
  if (values.length === 0) return { strongest: [], weakest: [], rated: 0 };
  const high = Math.max(...values);
  const low = Math.min(...values);
  return {
    strongest: rated.filter((node) => node.value === high),
    // All rated the same: there is no weaker area to name.
    weakest: high === low ? [] : rated.filter((node) => node.value === low),
    rated: rated.length,
  };
}

/** "A, B and C", or "A, B, C and 4 more" past `max` names. */
export function listInWords(names: readonly string[], max: number): string {
  const shown = names.length > max ? names.slice(0, max) : names;
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** The level's name where the scale has one: " (Strong)". */
const levelOf = (nodes: readonly NodeScore[]) => {
  const label = nodes[0]?.level?.label;
  return label ? ` (${label})` : '';
};

/**
 * The summary's sentences, plain text: what a learner reads above their chart. `maxNamed` (default
 * 3) is how many areas each sentence names before "and N more".
 */
export function summarySentences(report: ScoreReport, maxNamed?: number): readonly string[] {
  const what = 'summarySentences arguments';
  return sentencesOf(
    readReport(what, ['report'], report),
    readMaxNamed(what, ['maxNamed'], maxNamed),
  );
}

function sentencesOf(report: ScoreReport, maxNamed: number): readonly string[] {
  const { strongest, weakest, rated } = extremes(report);
  if (rated === 0) return ['You did not rate any area, so there is nothing to compare yet.'];
  const names = (nodes: readonly NodeScore[]) =>
    listInWords(
      nodes.map((node) => node.title),
      maxNamed,
    );
  const sentences: string[] = [];
  if (weakest.length === 0) {
    sentences.push(
      rated === 1
        ? `You rated one area${levelOf(strongest)}: ${names(strongest)}.`
        : `You rated every area at the same level${levelOf(strongest)}.`,
    );
  } else {
    const strong = strongest.length === 1 ? 'Your strongest area' : 'Your strongest areas';
    const work = weakest.length === 1 ? 'Area to work on' : 'Areas to work on';
    sentences.push(`${strong}${levelOf(strongest)}: ${names(strongest)}.`);
    sentences.push(`${work}${levelOf(weakest)}: ${names(weakest)}.`);
  }
  const unrated = report.unrated.length;
  if (unrated > 0) {
    sentences.push(
      unrated === 1
        ? 'One area was not rated (not observed), so it is left out.'
        : `${unrated} areas were not rated (not observed), so they are left out.`,
    );
  }
  return sentences;
}

/**
 * A short plain summary of a scored self-assessment: the strongest areas and the areas to work on,
 * in words, for above the learner's chart. It renders fully on the server (text only).
 */
export function ResultSummary(props: ResultSummaryProps) {
  const what = 'ResultSummary props';
  const report = readReport(what, ['report'], props.report);
  const maxNamed = readMaxNamed(what, ['maxNamed'], props.maxNamed);
  const theme = readChoice(what, ['theme'], props.theme, ['light', 'dark']);
  const className = readOptionalString(what, ['className'], props.className);
  return (
    <div
      className={['medlead', 'medlead-summary', className].filter(Boolean).join(' ')}
      data-theme={theme}
    >
      {sentencesOf(report, maxNamed).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
