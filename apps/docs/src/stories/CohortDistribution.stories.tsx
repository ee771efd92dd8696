import { findScale } from '@medlead/core';
import { CohortDistribution, FEW_LEARNERS } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { cohortSummaries, smallCohortSummary, targetLevels } from '../fixtures';
import { cohortSamples } from './samples';
import {
  chartArgTypes,
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  Guard,
  option,
  phoneGlobals,
} from './story-kit';

/** The fixtures' expected level on an edition's default scale (HLM: 3 Strong; MLCF: 4). */
function targetOf(key: string): number {
  const level = targetLevels[key];
  if (level === undefined) throw new Error(`no target level for ${key}`);
  return level;
}

const meta = {
  title: 'Components/CohortDistribution',
  component: CohortDistribution,
  parameters: {
    docs: {
      description: {
        component:
          'How a class is spread over each assessed node, from `summarizeCohort`: one row per node, the scale’s points along the top. `box` (the default) draws the lowest and highest score, the quartiles and the median as a box and whiskers, with the mean as a diamond; `strip` draws every learner as a dot stacked at the scale point they reached, with the count under each stack. A target is a dashed line. A row of fewer than five learners is marked, because its quartiles move a lot with one learner; a node nobody rated says “no data”. Rows are walked with the arrow keys and chosen with Enter or Space; each has a tooltip with the counts per scale point, and a button reveals the same figures as a table.',
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    summary: {
      description:
        'The result of `summarizeCohort(framework, reports)`: one row per assessed node.',
      options: Object.keys(cohortSamples),
      mapping: cohortSamples,
      control: 'select',
      table: { type: { summary: 'CohortSummary' } },
    },
    variant: {
      description:
        '`box`: min–quartiles–median–max with the mean as a diamond. `strip`: one dot per learner, stacked at the scale point they reached.',
      options: ['box', 'strip'],
      control: 'inline-radio',
      table: { type: { summary: "'box' | 'strip'" }, defaultValue: { summary: 'box' } },
    },
    target: {
      description:
        "A reference value on the summary's scale (the expected level, say), drawn as a dashed line.",
      control: { type: 'number', step: 1 },
      table: { type: { summary: 'number' } },
    },
    ...chartArgTypes,
    title: {
      ...chartArgTypes.title,
      description:
        "The chart's caption and accessible name. Default: made from the framework and the class size.",
    },
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    summary: option(cohortSamples, 'HLM (2013): class of 40'),
    onSelect: fn(),
  },
  render: (args) => {
    const points = findScale(args.framework, args.summary.scale)?.points ?? [];
    const low = points[0]?.value ?? 0;
    const high = points[points.length - 1]?.value ?? 0;
    if (args.target !== undefined && !(args.target >= low && args.target <= high))
      return (
        <p role="status">{`The target must be on the scale, from ${low} to ${high}: change it in Controls.`}</p>
      );
    return (
      <Guard framework={args.framework} samples={[args.summary]}>
        <CohortDistribution {...args} />
      </Guard>
    );
  },
} satisfies Meta<typeof CohortDistribution>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- A generated class of 40 -----------------------------------------------------------------

/** Forty trainees on the HLM: a box and whiskers per dimension, the mean as a diamond. */
export const HLMBox: Story = {
  name: 'HLM (2013), box',
};

/** The same class, one dot per learner at the point they reached, the count under each stack. */
export const HLMStrip: Story = {
  name: 'HLM (2013), strip',
  args: { variant: 'strip' },
};

/** Forty students on the MLCF's 20 elements: long names wrap above each row. */
export const MLCFBox: Story = {
  name: 'MLCF (2010), box',
  args: {
    framework: frameworkOption('mlcf@2010'),
    summary: option(cohortSamples, 'MLCF (2010): class of 40'),
  },
};

export const MLCFStrip: Story = {
  name: 'MLCF (2010), strip',
  args: {
    framework: frameworkOption('mlcf@2010'),
    summary: option(cohortSamples, 'MLCF (2010): class of 40'),
    variant: 'strip',
  },
};

/** Against the expected level (the fixtures' target: 3 Strong on the HLM), a dashed line. */
export const WithTarget: Story = {
  name: 'With a target',
  args: { target: targetOf('hlm@2013') },
};

export const WithTargetMLCFStrip: Story = {
  name: 'With a target, MLCF strip',
  args: {
    framework: frameworkOption('mlcf@2010'),
    summary: option(cohortSamples, 'MLCF (2010): class of 40'),
    variant: 'strip',
    target: targetOf('mlcf@2010'),
  },
};

// --- Small and empty classes -------------------------------------------------------------------

/** A class of four: every row is marked, and the legend says why (fewer than five learners). */
export const SmallClass: Story = {
  name: 'Small class (n < 5)',
  args: { summary: option(cohortSamples, 'HLM (2013): class of 4') },
  play: async ({ canvasElement }) => {
    await expect(smallCohortSummary.learners).toBeLessThan(FEW_LEARNERS);
    const rows = within(
      within(canvasElement).getByRole('group', { name: /how 4 learners spread/ }),
    ).getAllByRole('button');
    for (const row of rows)
      await expect(row).toHaveAccessibleName(/fewer than 5 learners, quartiles unstable/);
  },
};

export const SmallClassStrip: Story = {
  name: 'Small class, strip',
  args: { summary: option(cohortSamples, 'HLM (2013): class of 4'), variant: 'strip' },
};

/** Nobody yet: every row says "no data", never a zero or a NaN. */
export const EmptyClass: Story = {
  name: 'Empty class (no data)',
  args: { summary: option(cohortSamples, 'HLM (2013): empty class'), defaultShowTable: true },
  play: async ({ canvasElement }) => {
    const rows = within(
      within(canvasElement).getByRole('group', { name: /how 0 learners spread/ }),
    ).getAllByRole('button');
    for (const row of rows) await expect(row).toHaveAccessibleName(/, n = 0: no data$/);
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  args: { target: targetOf('hlm@2013') },
  name: 'Dark theme',
};

export const DarkThemeStrip: Story = {
  name: 'Dark theme, strip',
  globals: darkGlobals,
  args: { variant: 'strip', target: targetOf('hlm@2013') },
};

/**
 * On a phone the chart is drawn at the phone's width, its text at the same size as on a desktop:
 * names wrap above each row, and the scale's labels take turns in more tiers.
 */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: {
    framework: frameworkOption('mlcf@2010'),
    summary: option(cohortSamples, 'MLCF (2010): class of 40'),
    target: targetOf('mlcf@2010'),
  },
  name: 'Phone width',
};

export const PhoneWidthStrip: Story = {
  name: 'Phone width, strip',
  globals: phoneGlobals,
  args: { variant: 'strip' },
};

// --- Interaction -------------------------------------------------------------------------------

/** Tab to the first row, walk down with the arrows (its tooltip follows), choose with Enter. */
export const KeyboardWalk: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const nodes = cohortSummaries['hlm@2013'].nodes.filter((node) => node.assessed);
    const chart = canvas.getByRole('group', { name: /HLM: how 40 learners spread/ });
    const rows = within(chart).getAllByRole('button');
    await expect(rows).toHaveLength(nodes.length);
    await expect(nodes.length).toBeGreaterThan(2);

    await step('Tab reaches the first row, and its tooltip opens', async () => {
      await userEvent.tab();
      await expect(rows[0]).toHaveFocus();
      await expect(rows[0]).toHaveAccessibleName(new RegExp(`^${nodes[0]?.title}, n = `));
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        /Learners per scale point/,
      );
    });
    await step('ArrowDown walks the rows', async () => {
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await expect(rows[2]).toHaveFocus();
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        nodes[2]?.title ?? '',
      );
    });
    await step('Enter chooses the row’s node', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(nodes[2]?.nodeId);
    });
    await step('Escape closes the tooltip; the chart is one Tab stop', async () => {
      await userEvent.keyboard('{Escape}');
      await expect(within(document.body).queryByRole('tooltip')).toBeNull();
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveFocus();
    });
  },
  name: 'Keyboard walk',
};
