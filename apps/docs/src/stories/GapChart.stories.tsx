import { GapChart } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { completeGaps, selfVsOthersGaps } from '../fixtures';
import { gapSamples } from './samples';
import {
  chartArgTypes,
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  Guard,
  option,
  phoneGlobals,
} from './story-kit';

const meta = {
  title: 'Components/GapChart',
  component: GapChart,
  parameters: {
    docs: {
      description: {
        component:
          "Actual against target, one row per node, largest gap first, as a dumbbell: a filled dot for the actual value, a hollow diamond for the target (shape, not only colour, says which is which; when they are equal the dot sits inside the diamond) and the gap in words. The axis names the scale's levels; text is drawn in CSS pixels, and the chart grows no wider than 720 px. Rows are walked with the arrow keys and chosen with Enter or Space; each has a tooltip with the node's path; a button reveals the same data as a table, which also lists nodes with a target but no rating.",
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    gaps: {
      description: 'The result of `gapAnalysis(framework, actual, target)`: rows in its order.',
      options: Object.keys(gapSamples),
      mapping: gapSamples,
      control: 'select',
      table: { type: { summary: 'GapAnalysis' } },
    },
    actualLabel: {
      description: 'What the actual values are called (e.g. "You" for self vs others).',
      control: 'text',
      table: { type: { summary: 'string' }, defaultValue: { summary: 'Actual' } },
    },
    targetLabel: {
      description: 'What the targets are called (e.g. "Others").',
      control: 'text',
      table: { type: { summary: 'string' }, defaultValue: { summary: 'Target' } },
    },
    ...chartArgTypes,
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    gaps: option(gapSamples, 'HLM (2013): complete'),
    onSelect: fn(),
  },
  render: (args) => (
    <Guard framework={args.framework} samples={[args.gaps]}>
      <GapChart {...args} />
    </Guard>
  ),
} satisfies Meta<typeof GapChart>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- States ------------------------------------------------------------------------------------

/** Every node rated, against "Strong" (3) for every dimension. */
export const Complete: Story = {};

/** Half answered: rated nodes are drawn; the rest are listed in the table, never guessed. */
export const Partial: Story = {
  args: { gaps: option(gapSamples, 'HLM (2013): partial') },
};

/** Nothing rated: no rows to draw; the table lists every node's target as "not rated". */
export const Empty: Story = {
  args: { gaps: option(gapSamples, 'HLM (2013): empty'), defaultShowTable: true },
};

// --- Every framework edition -------------------------------------------------------------------

/** The MLCF's 20 elements against the postgraduate stage: long names wrap, never cut short. */
export const MLCF2010: Story = {
  name: 'MLCF (2010), 20 elements, long labels',
  args: {
    framework: frameworkOption('mlcf@2010'),
    gaps: option(gapSamples, 'MLCF (2010): complete'),
    actualLabel: 'Self-assessed',
    targetLabel: 'Postgraduate stage',
  },
};

export const HLM2013: Story = {
  name: 'HLM (2013)',
};

export const AMA2020: Story = {
  name: 'AMA leadership (2020)',
  args: {
    framework: frameworkOption('ama@2020'),
    gaps: option(gapSamples, 'AMA leadership (2020): complete'),
  },
};

/** Against what FMLM Fellowship expects (a stage target). */
export const FMLM2016: Story = {
  name: 'FMLM standards (2016)',
  args: {
    framework: frameworkOption('fmlm@2016'),
    gaps: option(gapSamples, 'FMLM standards (2016): complete'),
    targetLabel: 'Fellow',
  },
};

export const FMLM2021: Story = {
  name: 'FMLM standards (2021)',
  args: {
    framework: frameworkOption('fmlm@2021'),
    gaps: option(gapSamples, 'FMLM standards (2021): complete'),
    targetLabel: 'Fellow',
  },
};

// --- Comparisons -------------------------------------------------------------------------------

/**
 * Self against others in the 360: the "target" is everyone but self, pooled under core's
 * anonymity rule. A positive gap means others rate the subject higher than they rate themselves.
 */
export const SelfVsOthers360: Story = {
  name: 'Self vs others (360)',
  args: {
    gaps: option(gapSamples, 'HLM (2013): self against others in the 360'),
    actualLabel: 'You',
    targetLabel: 'Others',
    title: 'You against others in your 360, largest difference first',
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  args: {
    gaps: option(gapSamples, 'HLM (2013): self against others in the 360'),
    actualLabel: 'You',
    targetLabel: 'Others',
  },
  name: 'Dark theme',
};

export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: {
    framework: frameworkOption('mlcf@2010'),
    gaps: option(gapSamples, 'MLCF (2010): complete'),
  },
  name: 'Phone width',
};

// --- Interaction -------------------------------------------------------------------------------

/** Tab to the first row (the largest gap), walk down with the arrows, choose with Enter. */
export const KeyboardWalk: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const items = completeGaps['hlm@2013']?.items ?? [];
    const rows = within(
      canvas.getByRole('group', { name: /HLM: actual against target/ }),
    ).getAllByRole('button');
    await expect(rows).toHaveLength(items.length);
    await step('Tab reaches the largest gap first', async () => {
      await userEvent.tab();
      await expect(rows[0]).toHaveFocus();
      await expect(rows[0]).toHaveAccessibleName(new RegExp(`^${items[0]?.title}: `));
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        items[0]?.title ?? '',
      );
    });
    await step('ArrowDown moves to the next row; Enter chooses it', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(rows[1]).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(items[1]?.nodeId);
    });
    await step('Escape closes the tooltip', async () => {
      await userEvent.keyboard('{Escape}');
      await expect(within(document.body).queryByRole('tooltip')).toBeNull();
    });
  },
  name: 'Keyboard walk',
};

/** The button reveals the table: one row per node, with "not rated" for blanks. */
export const DataTable: Story = {
  args: {
    gaps: option(gapSamples, 'HLM (2013): self against others in the 360'),
    actualLabel: 'You',
    targetLabel: 'Others',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show data table' }));
    const table = canvas.getByRole('table');
    await expect(table).toBeVisible();
    await expect(within(table).getByRole('columnheader', { name: 'You' })).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(
      1 + selfVsOthersGaps.items.length + selfVsOthersGaps.unrated.length,
    );
  },
  name: 'Data table',
};
