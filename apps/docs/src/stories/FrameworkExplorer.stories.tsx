import { type Framework, frameworks, mlcf, walk } from '@medlead/core';
import { FrameworkExplorer } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  darkGlobals,
  editionLabel,
  frameworkArgType,
  frameworkOption,
  option,
  phoneGlobals,
  themeArgType,
} from './story-kit';

/** Every node id of an edition: its hierarchy and its cross-cutting themes (HLM's qualities). */
const nodeIds = (framework: Framework): readonly string[] => [
  ...(framework.crossCutting ?? []).map((node) => node.id),
  ...walk(framework).map((entry) => entry.node.id),
];

/** What `defaultExpanded` can be set to in Controls: `[]` is "collapsed". */
const expandedOptions = { domains: 'domains', all: 'all', collapsed: [] } as const;
const collapsed = option(expandedOptions, 'collapsed');

const meta = {
  title: 'Components/FrameworkExplorer',
  component: FrameworkExplorer,
  parameters: {
    docs: {
      description: {
        component:
          'One framework edition as a searchable tree: every node with its kind, code, title and summary, its level headings and indicators, each saying where it comes from (Published, Paraphrased, Editorial) and, where something is not confirmed, an “Uncertain” note in text; the edition, its status and its sources. The search box filters the tree to the matches and the way to them, marks the words and announces the count. The tree follows the WAI-ARIA tree view pattern: one Tab stop, Up and Down through the visible items, Right opens or goes to the first child, Left closes or goes to the parent, Home and End, a letter jumps to the next item starting with it, and Enter or Space chooses a node. Closed branches stay in the HTML, hidden, so a server render has everything.',
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    defaultExpanded: {
      description:
        "What starts open: `'domains'` (the top-level items; the default), `'all'`, or the ids of the items to open (their ancestors open too); `[]` starts collapsed.",
      options: Object.keys(expandedOptions),
      mapping: expandedOptions,
      control: 'inline-radio',
      table: {
        type: { summary: "'all' | 'domains' | readonly string[]" },
        defaultValue: { summary: 'domains' },
      },
    },
    defaultQuery: {
      description: 'The starting search text, when the explorer manages its own query.',
      control: 'text',
      table: { type: { summary: 'string' }, defaultValue: { summary: "''" } },
    },
    query: {
      description:
        'The search text, when the host controls it (pair with `onQueryChange`; set here, the box shows it and typing only reports).',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    onQueryChange: {
      description: 'Called with the new search text as the user types.',
      table: { type: { summary: '(query: string) => void' } },
    },
    onSelect: {
      description: 'Called with a node id when a node is chosen (click, Enter or Space).',
      table: { type: { summary: '(nodeId: string) => void' } },
    },
    selectedId: {
      description:
        'The chosen node, when the host controls it: marked as selected, and the way to it open.',
      options: ['none', ...new Set(frameworks.flatMap(nodeIds))],
      mapping: { none: undefined },
      control: 'select',
      table: { type: { summary: 'string' } },
    },
    title: {
      description: "The heading. Default: the framework's title.",
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    headingLevel: {
      description: 'The level of the heading (its "Sources" heading is one below).',
      options: [2, 3, 4],
      control: 'inline-radio',
      table: { type: { summary: '2 | 3 | 4' }, defaultValue: { summary: '2' } },
    },
    theme: themeArgType,
    className: {
      description: 'Extra class names on the section.',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    onSelect: fn(),
    onQueryChange: fn(),
  },
  render: (args) =>
    args.selectedId === undefined || nodeIds(args.framework).includes(args.selectedId) ? (
      // What starts open and the starting query are read once: a new choice starts a new tree.
      <FrameworkExplorer
        key={`${args.framework.key} ${JSON.stringify(args.defaultExpanded)} ${args.defaultQuery} ${args.selectedId}`}
        {...args}
      />
    ) : (
      <p role="status">
        {`"${args.selectedId}" is not a node of ${editionLabel(args.framework)}: pick one whose id starts with "${args.framework.id}:".`}
      </p>
    ),
} satisfies Meta<typeof FrameworkExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- Every framework edition -------------------------------------------------------------------

/** The HLM: its cross-cutting personal qualities first, then nine dimensions with level headings. */
export const HLM2013: Story = {
  name: 'HLM (2013)',
};

/** The MLCF: five domains of four elements, with the long element names. */
export const MLCF2010: Story = {
  name: 'MLCF (2010)',
  args: { framework: frameworkOption('mlcf@2010') },
};

/** The AMA's six competencies; the names are unverified, and say so. */
export const AMA2020: Story = {
  name: 'AMA leadership (2020)',
  args: { framework: frameworkOption('ama@2020') },
};

/** A superseded edition says what replaced it. */
export const FMLM2016: Story = {
  name: 'FMLM standards (2016)',
  args: { framework: frameworkOption('fmlm@2016') },
};

export const FMLM2021: Story = {
  name: 'FMLM standards (2021)',
  args: { framework: frameworkOption('fmlm@2021') },
};

// --- States ------------------------------------------------------------------------------------

/** Everything open: level headings, indicators and their notes. */
export const AllExpanded: Story = {
  args: { defaultExpanded: 'all' },
  name: 'All expanded',
};

/** Only the top-level items; Right or a click on the chevron opens one. */
export const Collapsed: Story = {
  args: { framework: frameworkOption('mlcf@2010'), defaultExpanded: collapsed },
};

/** A search: the tree keeps the matches and the way to them, marks the words, says how many. */
export const WithSearch: Story = {
  name: 'With a search',
  args: { framework: frameworkOption('mlcf@2010'), defaultQuery: 'self' },
};

/** A search that matches nothing says so, and how to search instead. */
export const NoResults: Story = {
  name: 'Search with no results',
  args: { framework: frameworkOption('mlcf@2010'), defaultQuery: 'zebra' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('No results for “zebra”');
    await expect(canvas.queryByRole('tree')).toBeNull();
  },
};

/** A node chosen by the host (`selectedId`): marked, with the way to it open in a collapsed tree. */
export const SelectedNode: Story = {
  name: 'A selected node',
  args: {
    framework: frameworkOption('mlcf@2010'),
    defaultExpanded: collapsed,
    selectedId: mlcf.children[2]?.children?.[2]?.id,
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  args: { defaultExpanded: 'all' },
  name: 'Dark theme',
};

/** At 360 px long titles and notes wrap; nothing runs off the side. */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: { framework: frameworkOption('mlcf@2010'), defaultExpanded: 'all' },
  name: 'Phone width',
};

// --- Interaction -------------------------------------------------------------------------------

/**
 * Tab past the search box into the tree, Down to the second domain, Right to open it, Right
 * again to its first element, Enter to choose it.
 */
export const KeyboardWalk: Story = {
  args: { framework: frameworkOption('mlcf@2010'), defaultExpanded: collapsed },
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const [first, second] = mlcf.children;
    const child = second?.children?.[0];
    const item = (id: string | undefined) =>
      canvas
        .getAllByRole('treeitem')
        .find((element) => element.getAttribute('data-item-id') === id);

    await step('Tab reaches the search box, then the tree’s first item', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('searchbox')).toHaveFocus();
      await userEvent.tab();
      await expect(item(first?.id)).toHaveFocus();
    });
    await step('ArrowDown moves to the next domain', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(item(second?.id)).toHaveFocus();
      await expect(item(second?.id)).toHaveAttribute('aria-expanded', 'false');
    });
    await step('ArrowRight opens it, and again goes to its first element', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(item(second?.id)).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard('{ArrowRight}');
      await expect(item(child?.id)).toHaveFocus();
    });
    await step('Enter chooses it', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(child?.id);
      await expect(item(child?.id)).toHaveAttribute('aria-selected', 'true');
    });
    await step('the tree is one Tab stop', async () => {
      const stops = canvas.getAllByRole('treeitem').filter((element) => element.tabIndex === 0);
      await expect(stops).toEqual([item(child?.id)]);
    });
  },
  name: 'Keyboard walk',
};
