import {
  type FeedbackNode,
  type FeedbackReport,
  type Framework,
  type FrameworkNode,
  findScale,
  type GroupFigure,
  getNode,
  normalize,
  type RaterRole,
  type RatingScale,
} from '@medlead/core';
import { formatValue } from '../shared/format-value';

/** A column of the heatmap: one rater group, or everyone but self pooled. */
export type HeatmapGroup = RaterRole | 'others';

/** The columns in their default order (absent groups are then left out). */
export const heatmapGroups: readonly HeatmapGroup[] = [
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
  'others',
];

/** Short names for the column headers, and longer ones for labels, tooltips and the table. */
export const groupNames: Readonly<Record<HeatmapGroup, { short: string; long: string }>> = {
  self: { short: 'Self', long: 'Self' },
  manager: { short: 'Manager', long: 'Manager' },
  peer: { short: 'Peers', long: 'Peers' },
  'direct-report': { short: 'Direct reports', long: 'Direct reports' },
  other: { short: 'Other raters', long: 'Other raters' },
  others: { short: 'Others', long: 'Others (everyone but self, pooled)' },
};

/** A column and what its header says about the group as a whole. */
export interface HeatmapColumn {
  readonly group: HeatmapGroup;
  /** `pooled` is the others column; the rest follow the report's group summary. */
  readonly status: 'shown' | 'suppressed' | 'absent' | 'pooled';
  /** Raters in the group (only for a shown group: a suppressed group's count is withheld too). */
  readonly raters: number | null;
  /** The fewest raters the group needs to be shown (null for the pooled column). */
  readonly minRaters: number | null;
}

/** One cell: a node's figure for one group, placed on the colour ramp. */
export interface HeatmapCell {
  readonly figure: GroupFigure;
  /** The mean on 0–1 of the scale (null unless shown). */
  readonly normalized: number | null;
  /** Which of the `RAMP_STEPS` colours it takes, 1 (lowest) to RAMP_STEPS (null unless shown). */
  readonly step: number | null;
}

export interface HeatmapRow {
  readonly feedback: FeedbackNode;
  /** The framework's node, for its provenance. */
  readonly node: FrameworkNode;
  /** Code and title, as the row is named everywhere. */
  readonly name: string;
  readonly cells: readonly HeatmapCell[];
}

export interface HeatmapModel {
  readonly scale: RatingScale;
  readonly columns: readonly HeatmapColumn[];
  readonly rows: readonly HeatmapRow[];
}

/** Colours on the ramp: few enough that each has a text colour with good contrast on it. */
export const RAMP_STEPS = 5;

/** The mean as written in a cell: one decimal, so it fits and reads at a glance. */
export function formatMean(mean: number): string {
  return (Math.round(mean * 10) / 10).toFixed(1);
}

/** The figure of one group (or the pool) for a node. */
export function figureOf(node: FeedbackNode, group: HeatmapGroup): GroupFigure {
  return group === 'others' ? node.others : node.groups[group];
}

/** Whether a column has no data anywhere in the report (then it is left out by default). */
function isAbsent(report: FeedbackReport, group: HeatmapGroup): boolean {
  if (group !== 'others') return report.groups[group].status === 'absent';
  return report.nodes.every((node) => node.others.status === 'absent');
}

/**
 * Checks the report against the framework and the groups asked for, and lays out what the
 * heatmap shows. Throws an Error naming the problem for input it cannot draw honestly.
 */
export function heatmapModel(
  framework: Framework,
  report: FeedbackReport,
  groups: readonly HeatmapGroup[] | undefined,
): HeatmapModel {
  if (report.framework !== framework.key)
    throw new Error(
      `medlead: the feedback report is on ${report.framework}, but the framework given is ${framework.key}`,
    );
  const scale = findScale(framework, report.scale);
  if (scale === undefined)
    throw new Error(
      `medlead: the report's scale "${report.scale}" is not a scale of ${framework.key}`,
    );
  if (report.nodes.length === 0) throw new Error('medlead: the feedback report has no nodes');
  if (groups !== undefined) {
    if (groups.length === 0) throw new Error('medlead: `groups` must name at least one group');
    for (const group of groups) {
      if (!heatmapGroups.includes(group))
        throw new Error(
          `medlead: "${String(group)}" is not a rater group (${heatmapGroups.join(', ')})`,
        );
    }
    if (new Set(groups).size !== groups.length)
      throw new Error(`medlead: \`groups\` names a group twice (${groups.join(', ')})`);
  }
  const chosen = groups ?? heatmapGroups.filter((group) => !isAbsent(report, group));

  const columns = chosen.map((group): HeatmapColumn => {
    if (group === 'others') return { group, status: 'pooled', raters: null, minRaters: null };
    const summary = report.groups[group];
    return {
      group,
      status: summary.status,
      raters: summary.status === 'shown' ? summary.raters : null,
      minRaters: summary.minRaters,
    };
  });

  const rows = report.nodes.map((feedback): HeatmapRow => {
    const node = getNode(framework, feedback.nodeId);
    if (node === undefined)
      throw new Error(
        `medlead: the report names "${feedback.nodeId}", not a node of ${framework.key}`,
      );
    const cells = chosen.map((group): HeatmapCell => {
      const figure = figureOf(feedback, group);
      if (figure.status !== 'shown') return { figure, normalized: null, step: null };
      if (!Number.isFinite(figure.mean))
        throw new Error(`medlead: the mean for ${feedback.nodeId} (${group}) is not a number`);
      // normalize throws, naming the value, for a mean outside the scale.
      const normalized = normalize(figure.mean, scale);
      const step = Math.min(RAMP_STEPS, Math.floor(normalized * RAMP_STEPS) + 1);
      return { figure, normalized, step };
    });
    const name = feedback.code === null ? feedback.title : `${feedback.code} ${feedback.title}`;
    return { feedback, node, name, cells };
  });

  return { scale, columns, rows };
}

/** What the column header says under the group's name. */
export function columnStatus(column: HeatmapColumn): string[] {
  switch (column.status) {
    case 'shown':
      return [`${column.raters} rater${column.raters === 1 ? '' : 's'}`];
    case 'suppressed':
      return ['suppressed', `needs ${column.minRaters}+`];
    case 'absent':
      return ['no raters'];
    case 'pooled':
      return ['all but self'];
  }
}

/** The header in words, for the table. */
export function columnDescription(column: HeatmapColumn): string {
  const name = groupNames[column.group].long;
  switch (column.status) {
    case 'shown':
      return `${name} (${columnStatus(column)[0]})`;
    case 'suppressed':
      return `${name} (suppressed: fewer than ${column.minRaters} raters)`;
    case 'absent':
      return `${name} (no raters)`;
    case 'pooled':
      return name;
  }
}

/** Why a cell shows no figure, in words. */
export function suppressedWhy(column: HeatmapColumn): string {
  return column.minRaters === null
    ? 'suppressed to protect raters’ anonymity'
    : `suppressed: fewer than ${column.minRaters} raters in this group rated it`;
}

/** The row's flag in words, with the gap it rests on. */
export function flagWords(row: HeatmapRow): string {
  const gap = row.feedback.gap ?? 0;
  return row.feedback.flag === 'blind-spot'
    ? `Blind spot: self ${formatValue(gap)} above others`
    : `Hidden strength: others ${formatValue(-gap)} above self`;
}
