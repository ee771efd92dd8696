import { assessableNodes, type Crosswalk, type Framework, getCrosswalk } from '@medlead/core';
import { CrosswalkMatrix } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { crosswalkSamples } from './samples';
import {
  chartArgTypes,
  darkGlobals,
  editionLabel,
  frameworkArgType,
  frameworkOption,
  option,
  phoneGlobals,
} from './story-kit';

/** The crosswalk's links in the order the matrix walks them: row by row, then column by column. */
function readingOrder(crosswalk: Crosswalk, source: Framework, target: Framework) {
  const row = new Map(assessableNodes(source).map((node, index) => [node.id, index]));
  const column = new Map(assessableNodes(target).map((node, index) => [node.id, index]));
  const place = (id: string, at: ReadonlyMap<string, number>) => at.get(id) ?? -1;
  return [...crosswalk.links].sort(
    (a, b) => place(a.from, row) - place(b.from, row) || place(a.to, column) - place(b.to, column),
  );
}

const meta = {
  title: 'Components/CrosswalkMatrix',
  component: CrosswalkMatrix,
  parameters: {
    docs: {
      description: {
        component:
          "A crosswalk between two framework editions as a grid: a row per assessed node of the source, a column per assessed node of the target, and where a link joins them the relation in words over its symbol (“same as” ≡, “close to” ≈, “broader” ⊂, “narrower” ⊃, “related” ∩), so the relation never rests on colour. Text is drawn in CSS pixels; a grid wider than the page scrolls sideways and says so, its row names staying in view. Uncertain links are dashed and carry a “?”. The links are the only focus stops, walked in reading order with the arrow keys (Home and End: first and last); each has a tooltip with its strength, reason and provenance, and Enter or Space chooses its source node. Nodes no link reaches are marked ∅ and listed under the grid with the crosswalk's reason. Every stored crosswalk has its own page under Reference › Crosswalks; here are the component's states.",
      },
    },
  },
  argTypes: {
    crosswalk: {
      description:
        'The crosswalk to draw: a stored one (`crosswalks`, `getCrosswalk(from, to)`, which gives the inverse when asked the other way round) or one of your own.',
      options: Object.keys(crosswalkSamples),
      mapping: crosswalkSamples,
      control: 'select',
      table: { type: { summary: 'Crosswalk' } },
    },
    source: {
      ...frameworkArgType,
      description:
        'The framework edition the crosswalk maps from: its assessed nodes are the rows.',
    },
    target: {
      ...frameworkArgType,
      description: 'The framework edition it maps to: its assessed nodes are the columns.',
    },
    ...chartArgTypes,
    onSelect: {
      ...chartArgTypes.onSelect,
      description:
        "Called with the link's source node id when a link is chosen (click, Enter or Space).",
    },
    title: {
      ...chartArgTypes.title,
      description: "The chart's caption and accessible name. Default: the crosswalk's title.",
    },
  },
  args: {
    crosswalk: option(crosswalkSamples, 'MLCF (2010) → HLM (2013)'),
    source: frameworkOption('mlcf@2010'),
    target: frameworkOption('hlm@2013'),
    onSelect: fn(),
  },
  render: (args) =>
    args.crosswalk.from === args.source.key && args.crosswalk.to === args.target.key ? (
      <CrosswalkMatrix {...args} />
    ) : (
      <p role="status">
        {`This crosswalk maps ${args.crosswalk.from} to ${args.crosswalk.to}: set source to ${args.crosswalk.from} and target to ${args.crosswalk.to} (now ${editionLabel(args.source)} and ${editionLabel(args.target)}).`}
      </p>
    ),
} satisfies Meta<typeof CrosswalkMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- Stored crosswalks -------------------------------------------------------------------------

/** The MLCF's 20 elements against the HLM's 9 dimensions: every relation, some uncertain. */
export const MLCFToHLM: Story = {
  name: 'MLCF (2010) → HLM (2013)',
};

/**
 * The widest grid: the AMA's six competencies against the MLCF's 20 elements, wider than most
 * screens: it scrolls sideways with a cue. Unmapped elements are marked ∅ and listed below.
 */
export const AMAToMLCF: Story = {
  name: 'AMA (2020) → MLCF (2010), the widest',
  args: {
    crosswalk: option(crosswalkSamples, 'AMA leadership (2020) → MLCF (2010)'),
    source: frameworkOption('ama@2020'),
    target: frameworkOption('mlcf@2010'),
  },
};

/** One FMLM edition to the next: three domains to four, a small grid. */
export const FMLM2016To2021: Story = {
  name: 'FMLM standards (2016) → FMLM standards (2021)',
  args: {
    crosswalk: option(crosswalkSamples, 'FMLM standards (2016) → FMLM standards (2021)'),
    source: frameworkOption('fmlm@2016'),
    target: frameworkOption('fmlm@2021'),
  },
};

// --- Inverses ----------------------------------------------------------------------------------

/**
 * From the FMLM's 2021 domains back to the MLCF: `getCrosswalk('fmlm@2021', 'mlcf@2010')` finds
 * the stored MLCF → FMLM crosswalk and returns its inverse.
 */
export const FMLM2021ToMLCF: Story = {
  name: 'FMLM standards (2021) → MLCF (2010), an inverse',
  args: {
    crosswalk: option(crosswalkSamples, 'FMLM standards (2021) → MLCF (2010)'),
    source: frameworkOption('fmlm@2021'),
    target: frameworkOption('mlcf@2010'),
  },
};

/**
 * MLCF → HLM read the other way (`getCrosswalk('hlm@2013', 'mlcf@2010')`, core's
 * `invertCrosswalk`): broader links become narrower ones, and the unmapped lists swap.
 */
export const InverseHLMToMLCF: Story = {
  name: 'HLM (2013) → MLCF (2010), an inverse',
  args: {
    crosswalk: option(crosswalkSamples, 'HLM (2013) → MLCF (2010)'),
    source: frameworkOption('hlm@2013'),
    target: frameworkOption('mlcf@2010'),
  },
  play: async ({ canvasElement }) => {
    const inverse = getCrosswalk('hlm@2013', 'mlcf@2010');
    await expect(inverse.title).toMatch(/^Inverse of: /);
    const narrower = inverse.links.filter((link) => link.relation === 'narrowMatch').length;
    await expect(narrower).toBeGreaterThan(0);
    const links = within(canvasElement).getAllByRole('button', { name: / → .*: narrower/ });
    await expect(links).toHaveLength(narrower);
  },
};

/** With the table open: every link with its relation, strength, reason and provenance. */
export const WithTable: Story = {
  name: 'With the data table',
  args: { defaultShowTable: true },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  name: 'Dark theme',
};

/**
 * On a phone the widest grid scrolls sideways, says so ("Scroll sideways to see more →", shadows
 * at the edges), and keeps the row names in view; its text keeps its size.
 */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: {
    crosswalk: option(crosswalkSamples, 'AMA leadership (2020) → MLCF (2010)'),
    source: frameworkOption('ama@2020'),
    target: frameworkOption('mlcf@2010'),
  },
  name: 'Phone width',
};

// --- Interaction -------------------------------------------------------------------------------

/** Tab to the first link, walk the links in reading order with the arrows, choose with Enter. */
export const KeyboardWalk: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const expected = readingOrder(args.crosswalk, args.source, args.target);
    const grid = canvas.getByRole('group', { name: args.crosswalk.title });
    const links = within(grid).getAllByRole('button');
    await expect(links).toHaveLength(expected.length);
    const first = links[0];
    const last = links[links.length - 1];

    await step('Tab reaches the first link, and its tooltip opens', async () => {
      await userEvent.tab();
      // Where the grid is wider than the window, its scrolling region is a Tab stop first.
      const region = canvas.getByRole('region', { name: `${args.crosswalk.title}: the grid` });
      if (region.scrollWidth > region.clientWidth) {
        await expect(region).toHaveFocus();
        await userEvent.tab();
      }
      await expect(first).toHaveFocus();
      await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(
        expected[0]?.rationale ?? '',
      );
    });
    await step('ArrowDown and ArrowRight move to the next link in reading order', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(links[1]).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      await expect(links[2]).toHaveFocus();
      await userEvent.keyboard('{ArrowLeft}');
      await expect(links[1]).toHaveFocus();
    });
    await step('Enter chooses the link’s source node', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(expected[1]?.from);
    });
    await step('End and Home jump to the last and first links', async () => {
      await userEvent.keyboard('{End}');
      await expect(last).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(args.onSelect).toHaveBeenLastCalledWith(expected[expected.length - 1]?.from);
      await userEvent.keyboard('{Home}');
      await expect(first).toHaveFocus();
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
