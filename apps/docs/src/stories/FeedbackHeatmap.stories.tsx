import { assessableNodes, hlm } from '@medlead/core';
import { FeedbackHeatmap, type HeatmapGroup } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { feedback360 } from '../fixtures';
import { feedbackSamples } from './samples';
import {
  chartArgTypes,
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  Guard,
  option,
  phoneGlobals,
} from './story-kit';

/** The columns the heatmap can draw, in its default order. */
const heatmapGroups: readonly HeatmapGroup[] = [
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
  'others',
];

const meta = {
  title: 'Components/FeedbackHeatmap',
  component: FeedbackHeatmap,
  parameters: {
    docs: {
      description: {
        component:
          '360 feedback from `aggregateFeedback` as a grid: a row per assessed node, a column per rater group and one for everyone but self, pooled. A shown cell is coloured by its mean and says the mean and n in text; a group with too few raters to stay anonymous is hatched and says **suppressed**, with no figure anywhere (not in the tooltip, not in the table); a cell nobody rated says so. Blind spots and hidden strengths are marked on the row with a symbol and a word. Tab into the grid, walk it in two dimensions with the arrow keys (Home and End: ends of a row; Ctrl+Home and Ctrl+End: first and last cell), choose a node with Enter or Space; a button reveals the same data as a table.',
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    report: {
      description:
        'The result of `aggregateFeedback(framework, assessments, options?)`: one row per assessed node.',
      options: Object.keys(feedbackSamples),
      mapping: feedbackSamples,
      control: 'select',
      table: { type: { summary: 'FeedbackReport' } },
    },
    groups: {
      description:
        'The columns, in order (at least one). Default: self, manager, peers, direct reports, other raters and the pooled "others", leaving out any group with no raters in the whole report.',
      options: heatmapGroups,
      control: 'check',
      table: { type: { summary: 'readonly HeatmapGroup[]' } },
    },
    ...chartArgTypes,
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    report: option(feedbackSamples, 'HLM (2013): 360, direct reports suppressed'),
    onSelect: fn(),
  },
  render: ({ groups, ...args }) =>
    groups !== undefined && groups.length === 0 ? (
      <p role="status">Pick at least one group in Controls: the heatmap needs a column.</p>
    ) : (
      <Guard framework={args.framework} samples={[args.report]}>
        {/* The check control lists groups in the order they were ticked; draw them in the default order. */}
        <FeedbackHeatmap
          {...args}
          {...(groups === undefined
            ? {}
            : { groups: heatmapGroups.filter((group) => groups.includes(group)) })}
        />
      </Guard>
    ),
} satisfies Meta<typeof FeedbackHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- States ------------------------------------------------------------------------------------

/**
 * A full 360 on the HLM: self, a manager, five peers and two direct reports. Two direct reports
 * are fewer than the three an anonymous group needs, so their column is hatched and says
 * "suppressed", with no figure; a peer cell where too few peers rated the dimension is too.
 */
export const Full360: Story = {
  name: 'Full 360, a group suppressed',
};

/**
 * The same 360 with a third direct report, so the direct reports are shown: compare with the
 * story above to see what the anonymity rule withholds (a threshold is never lowered below 3).
 */
export const AllGroupsShown: Story = {
  name: 'Every group shown',
  args: {
    report: option(feedbackSamples, 'HLM (2013): 360, every group shown (a third direct report)'),
  },
};

/** Only the columns asked for: self against the pooled others, with the manager between. */
export const ChosenGroups: Story = {
  name: 'Chosen columns (groups)',
  args: {
    groups: ['self', 'manager', 'others'],
    title: 'Self, manager and others: 360 feedback on the Healthcare Leadership Model',
  },
};

/** With the data table open from the start: suppressed cells say so there too, never a number. */
export const WithTable: Story = {
  name: 'With the data table',
  args: { defaultShowTable: true },
};

// --- Long labels and every rater group -----------------------------------------------------------

/**
 * A 360 on the MLCF: twenty long element names wrap over up to three lines, never cut short; six
 * columns (other raters too). The other raters often could not say, so many of their cells are
 * suppressed one by one, and a manager who left one element blank gives "no ratings".
 */
export const MLCF360: Story = {
  name: 'MLCF (2010) 360, long labels, every group',
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(feedbackSamples, 'MLCF (2010): 360, every rater group'),
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  name: 'Dark theme',
};

export const DarkThemeMLCF: Story = {
  name: 'Dark theme, MLCF',
  globals: darkGlobals,
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(feedbackSamples, 'MLCF (2010): 360, every rater group'),
  },
};

/**
 * On a phone each name goes on its own lines above its row, read whole without scrolling; the
 * cells keep their size (text 12 px or more) and the grid scrolls sideways in a region that says
 * so ("Scroll sideways to see more"), with a shadow at the edge that has more.
 */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  name: 'Phone width',
};

// --- Interaction -------------------------------------------------------------------------------

/**
 * Tab into the grid (the first cell), walk down and across with the arrows, choose with Enter;
 * then across to the direct reports, whose cell says it is suppressed rather than giving a figure.
 */
export const KeyboardWalk: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const nodes = assessableNodes(hlm);
    const grid = canvas.getByRole('group', { name: /HLM: 360 feedback by rater group/ });
    const cells = within(grid).getAllByRole('button');
    const columns = cells.length / nodes.length;
    await expect(columns).toBe(5); // self, manager, peers, direct reports, others
    const at = (row: number, column: number) => cells[row * columns + column];

    await step('Tab reaches the first cell: the first node, self', async () => {
      await userEvent.tab();
      await expect(at(0, 0)).toHaveFocus();
      await expect(at(0, 0)).toHaveAccessibleName(new RegExp(`^${nodes[0]?.title}, Self: `));
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        nodes[0]?.title ?? '',
      );
    });
    await step('ArrowDown moves to the next node, ArrowRight to the manager', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(at(1, 0)).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      await expect(at(1, 1)).toHaveFocus();
      await expect(at(1, 1)).toHaveAccessibleName(new RegExp(`^${nodes[1]?.title}, Manager: `));
    });
    await step('Enter chooses the row’s node', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(nodes[1]?.id);
    });
    await step('the direct reports’ cell says suppressed, with no figure', async () => {
      await expect(feedback360.groups['direct-report'].status).toBe('suppressed');
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
      const cell = at(1, 3);
      await expect(cell).toHaveFocus();
      await expect(cell).toHaveAccessibleName(
        `${nodes[1]?.title}, Direct reports: suppressed: fewer than 3 raters in this group rated it`,
      );
      await expect(cell).toHaveTextContent('suppressed');
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        /no figure is shown/,
      );
    });
    await step('Escape closes the tooltip; the grid is one Tab stop', async () => {
      await userEvent.keyboard('{Escape}');
      await expect(within(document.body).queryByRole('tooltip')).toBeNull();
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveFocus();
    });
  },
  name: 'Keyboard walk',
};
