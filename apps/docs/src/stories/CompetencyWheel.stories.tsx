import { assessableNodes, hlm } from '@medlead/core';
import { CompetencyWheel } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { comparisonSamples, reportSamples, targetSamples } from './samples';
import {
  chartArgTypes,
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  Guard,
  option,
  phoneGlobals,
  sampleArgType,
  scaleIds,
} from './story-kit';

const meta = {
  title: 'Components/CompetencyWheel',
  component: CompetencyWheel,
  parameters: {
    docs: {
      description: {
        component:
          'One sector per assessed node, filled from the centre to its score, with a ring at every scale point, its value written on it and its level named in the key (`variant="radar"` draws a polygon). Where the framework groups its nodes (the MLCF\'s domains) each domain has its colour, named in the key; a flat framework (the HLM\'s nine dimensions) is one colour throughout. A score at the bottom of the scale is a thin band at the centre; "not rated" is hatched. The chart lays itself out at its width in CSS pixels: names where they fit, numbers or codes with a key where they do not (a phone). A target is a dashed line, a comparison (others in a 360, a class median) a dotted line with round markers. Tab into the chart, walk it with the arrow keys (Home and End jump to the ends), choose a node with Enter or Space; every node has a tooltip on hover and focus, and a button reveals the same data as a table.',
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    report: sampleArgType(
      'The scores to draw: a score report from `scoreAssessment`, or values by node id.',
      reportSamples,
      'ScoreReport | Record<string, number | null>',
    ),
    target: sampleArgType(
      'A target drawn over the scores (dashed line; hollow diamonds on the radar).',
      targetSamples,
      'ScoreReport | Record<string, number | null>',
    ),
    comparison: sampleArgType(
      "A comparison, such as others' ratings in a 360 (dotted line, round markers).",
      comparisonSamples,
      'ScoreReport | Record<string, number | null>',
    ),
    reportLabel: {
      description:
        'What the scores are called in the key, tooltips and table: "Self" beside "Others" in a 360.',
      control: 'text',
      table: { type: { summary: 'string' }, defaultValue: { summary: 'Score' } },
    },
    comparisonLabel: {
      description: 'What the comparison is called in the legend, tooltips and table.',
      control: 'text',
      table: { type: { summary: 'string' }, defaultValue: { summary: 'Others' } },
    },
    variant: {
      description: '`wheel`: filled sectors. `radar`: a polygon through the scores.',
      options: ['wheel', 'radar'],
      control: 'inline-radio',
      table: { type: { summary: "'wheel' | 'radar'" }, defaultValue: { summary: 'wheel' } },
    },
    scale: {
      description:
        "The scale to draw on when `report` is plain values. Default: the report's, else the framework's default.",
      options: ['default', ...scaleIds],
      mapping: { default: undefined },
      control: 'select',
      table: { type: { summary: 'string' } },
    },
    labels: {
      description:
        'Names round the wheel: `title` shows names wherever they fit, `auto` too up to 12 nodes, `code` short marks (codes or numbers) with a key. Where names cannot fit (a phone), marks and a key take their place.',
      options: ['auto', 'title', 'code'],
      control: 'inline-radio',
      table: { type: { summary: "'auto' | 'title' | 'code'" }, defaultValue: { summary: 'auto' } },
    },
    ...chartArgTypes,
  },
  args: {
    framework: frameworkOption('hlm@2013'),
    report: option(reportSamples, 'HLM (2013): complete'),
    onSelect: fn(),
  },
  render: (args) => (
    <Guard framework={args.framework} samples={[args.report, args.target, args.comparison]}>
      <CompetencyWheel {...args} />
    </Guard>
  ),
} satisfies Meta<typeof CompetencyWheel>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- States ------------------------------------------------------------------------------------

/** Every node rated. */
export const Complete: Story = {};

/** Half answered: blanks and "not observed" are unrated (a hatched track), never zero. */
export const Partial: Story = {
  args: { report: option(reportSamples, 'HLM (2013): partial') },
};

/** Nothing rated yet: the rings and the hatched tracks, every node "not rated". */
export const Empty: Story = {
  args: { report: option(reportSamples, 'HLM (2013): empty') },
};

/**
 * The bottom of the scale beside "not rated": a 0 ("Insufficient") is a thin band at the centre,
 * on the ring marked 0; an unrated dimension is hatched, and the key says so.
 */
export const BottomOfScaleAndNotRated: Story = {
  name: 'Bottom of the scale next to not rated',
  args: {
    report: {
      'hlm:inspiring-shared-purpose': 0,
      'hlm:leading-with-care': null,
      'hlm:evaluating-information': 0,
      'hlm:connecting-our-service': 2,
      'hlm:sharing-the-vision': null,
      'hlm:engaging-the-team': 1,
      'hlm:holding-to-account': 0,
      'hlm:developing-capability': 3,
      'hlm:influencing-for-results': null,
    },
    scale: 'hlm:self-assessment',
  },
};

/** Complete, with the target drawn over it (dashed line). */
export const WithTarget: Story = {
  args: { target: option(targetSamples, 'HLM (2013): target') },
  name: 'With a target',
};

/** The radar variant: a polygon through the scores, targets as hollow diamonds. */
export const Radar: Story = {
  args: { variant: 'radar', target: option(targetSamples, 'HLM (2013): target') },
};

// --- Every framework edition -------------------------------------------------------------------

/**
 * The MLCF's 20 elements in its five domains, a colour per domain named in the key: past 12 nodes
 * the names become the published codes, with a key.
 */
export const MLCF2010: Story = {
  name: 'MLCF (2010), 20 elements',
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(reportSamples, 'MLCF (2010): complete'),
    target: option(targetSamples, 'MLCF (2010): target'),
  },
};

/**
 * The MLCF's element names in full, wrapped, never clipped or overlapping: where 20 names cannot
 * fit round a wheel of a useful size (below about 600 px), the codes and a key take their place.
 */
export const MLCFLongLabels: Story = {
  name: 'MLCF (2010), long labels in full',
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(reportSamples, 'MLCF (2010): complete'),
    labels: 'title',
  },
};

export const HLM2013: Story = {
  name: 'HLM (2013)',
  args: { target: option(targetSamples, 'HLM (2013): target') },
};

export const AMA2020: Story = {
  name: 'AMA leadership (2020)',
  args: {
    framework: frameworkOption('ama@2020'),
    report: option(reportSamples, 'AMA leadership (2020): complete'),
    target: option(targetSamples, 'AMA leadership (2020): target'),
  },
};

export const FMLM2016: Story = {
  name: 'FMLM standards (2016)',
  args: {
    framework: frameworkOption('fmlm@2016'),
    report: option(reportSamples, 'FMLM standards (2016): complete'),
    target: option(targetSamples, 'FMLM standards (2016): target'),
  },
};

export const FMLM2021: Story = {
  name: 'FMLM standards (2021)',
  args: {
    framework: frameworkOption('fmlm@2021'),
    report: option(reportSamples, 'FMLM standards (2021): complete'),
    target: option(targetSamples, 'FMLM standards (2021): target'),
    labels: 'title',
  },
};

// --- Comparisons -------------------------------------------------------------------------------

/**
 * Self against others in a full 360 on the HLM: the dotted line is everyone but self, pooled
 * under core's anonymity rule (the two direct reports are too few to show, and stay out).
 */
export const SelfVsOthers360: Story = {
  name: 'Self vs others (360)',
  args: {
    report: option(reportSamples, 'HLM (2013): self in the 360'),
    comparison: option(comparisonSamples, 'HLM (2013): others in the 360'),
    reportLabel: 'Self',
    comparisonLabel: 'Others',
    title: 'Self against others: 360 feedback on the Healthcare Leadership Model',
  },
};

/** One learner against the median of a generated class of 40 (MLCF). */
export const AgainstClassMedian: Story = {
  name: 'Learner vs class median (MLCF)',
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(reportSamples, 'MLCF (2010): complete'),
    comparison: option(comparisonSamples, 'MLCF (2010): class median'),
    comparisonLabel: 'Class median',
    variant: 'radar',
  },
};

// --- Theme and width ---------------------------------------------------------------------------

export const DarkTheme: Story = {
  globals: darkGlobals,
  args: {
    reportLabel: 'Self',
    report: option(reportSamples, 'HLM (2013): self in the 360'),
    comparison: option(comparisonSamples, 'HLM (2013): others in the 360'),
    target: option(targetSamples, 'HLM (2013): target'),
  },
  name: 'Dark theme',
};

/** At 360 px the names give way to short marks (numbers here) and a key below. */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  args: { target: option(targetSamples, 'HLM (2013): target') },
  name: 'Phone width',
};

export const PhoneWidthMLCF: Story = {
  name: 'Phone width, MLCF',
  globals: phoneGlobals,
  args: {
    framework: frameworkOption('mlcf@2010'),
    report: option(reportSamples, 'MLCF (2010): partial'),
  },
};

// --- Interaction -------------------------------------------------------------------------------

/** Tab into the wheel, walk it with the arrow keys, choose a node with Enter. */
export const KeyboardWalk: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const chart = canvas.getByRole('group', { name: /HLM: scores by dimension/ });
    const marks = within(chart).getAllByRole('button');
    const nodes = assessableNodes(hlm);
    await expect(marks).toHaveLength(nodes.length);

    await step('Tab reaches the first node, and its tooltip opens', async () => {
      await userEvent.tab();
      await expect(marks[0]).toHaveFocus();
      const tooltip = await within(document.body).findByRole('tooltip');
      await expect(tooltip).toHaveTextContent(nodes[0]?.title ?? '');
    });
    await step('ArrowRight moves to the next node', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(marks[1]).toHaveFocus();
      await expect(marks[1]).toHaveAccessibleName(new RegExp(`^${nodes[1]?.title}: `));
    });
    await step('Enter chooses it', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(nodes[1]?.id);
    });
    await step('End and Home jump to the ends', async () => {
      await userEvent.keyboard('{End}');
      await expect(marks[marks.length - 1]).toHaveFocus();
      await userEvent.keyboard('{Home}');
      await expect(marks[0]).toHaveFocus();
    });
    await step('the chart is one Tab stop: the next is the table button', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveFocus();
    });
  },
  name: 'Keyboard walk',
};

/** The button reveals the equivalent data table (and hides it again). */
export const DataTable: Story = {
  args: {
    reportLabel: 'Self',
    report: option(reportSamples, 'HLM (2013): self in the 360'),
    comparison: option(comparisonSamples, 'HLM (2013): others in the 360'),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('table')).toBeNull();
    const toggle = canvas.getByRole('button', { name: 'Show data table' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const table = canvas.getByRole('table');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName('Hide data table');
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(
      assessableNodes(hlm).length,
    );
    await expect(within(table).getByRole('rowheader', { name: /Leading with care/ })).toBeVisible();
  },
  name: 'Data table',
};
