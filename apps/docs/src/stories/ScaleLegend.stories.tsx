import { findScale } from '@medlead/core';
import { ScaleLegend } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  darkGlobals,
  frameworkArgType,
  frameworkOption,
  phoneGlobals,
  scaleIds,
  themeArgType,
} from './story-kit';

const meta = {
  title: 'Components/ScaleLegend',
  component: ScaleLegend,
  parameters: {
    docs: {
      description: {
        component:
          "What a rating scale's points mean: value and label (and the point's summary), drawn as steps that rise from left to right on a wide screen and stack on a phone, with the scale's provenance and, when it is uncertain, why. It takes no scores, so its states are the scales themselves: with and without summaries, point scales and stepped (0–100) scales.",
      },
    },
  },
  argTypes: {
    framework: frameworkArgType,
    scale: {
      description:
        "The scale's id: one of the framework's own scales or a generic one. Default: the framework's default scale.",
      options: ['default', ...scaleIds],
      mapping: { default: undefined },
      control: 'select',
      table: { type: { summary: 'string' } },
    },
    title: {
      description: "The legend's heading. Default: the scale's title.",
      control: 'text',
      table: { type: { summary: 'string' } },
    },
    showSummaries: {
      description: "Show each point's summary, where the scale has one.",
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'true' } },
    },
    theme: themeArgType,
    className: {
      description: 'Extra class names on the legend.',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
  },
  args: { framework: frameworkOption('hlm@2013') },
  render: (args) =>
    args.scale === undefined || findScale(args.framework, args.scale) !== undefined ? (
      <ScaleLegend {...args} />
    ) : (
      <p role="status">{`"${args.scale}" is not a scale of ${args.framework.key}: pick another scale or framework.`}</p>
    ),
} satisfies Meta<typeof ScaleLegend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The HLM's self-assessment scale (0 Insufficient … 4 Exemplary), with its provenance note. */
export const Complete: Story = {};

/** A scale whose points have summaries (the AMA proficiency scale), shown in full. */
export const WithSummaries: Story = {
  args: { framework: frameworkOption('ama@2020') },
  name: 'With summaries',
};

/** The same scale bare: values and labels only (`showSummaries={false}`). */
export const Minimal: Story = {
  args: { framework: frameworkOption('ama@2020'), showSummaries: false },
};

/** The HLM's four level headings (Essential … Exemplary), the scale its per-node levels use. */
export const HLMLevels: Story = {
  name: 'HLM (2013), level scale',
  args: { scale: 'hlm:levels' },
};

/** How important a dimension is to the role, on the HLM's 1–4 importance scale. */
export const HLMImportance: Story = {
  name: 'HLM (2013), importance scale',
  args: { scale: 'hlm:importance' },
};

/** The MLCF publishes no scale: medlead rates it on a generic five-point frequency scale. */
export const MLCF2010: Story = {
  name: 'MLCF (2010)',
  args: { framework: frameworkOption('mlcf@2010') },
};

export const AMA2020: Story = {
  name: 'AMA leadership (2020)',
  args: { framework: frameworkOption('ama@2020') },
};

export const FMLM2016: Story = {
  name: 'FMLM standards (2016)',
  args: { framework: frameworkOption('fmlm@2016') },
};

export const FMLM2021: Story = {
  name: 'FMLM standards (2021)',
  args: { framework: frameworkOption('fmlm@2021') },
};

/** A stepped scale: any value from 0 to 100 in steps of 25; the points are anchors. */
export const SteppedScale: Story = {
  name: 'Stepped 0–100 scale',
  args: { scale: 'percent-100' },
};

export const DarkTheme: Story = {
  globals: darkGlobals,
  name: 'Dark theme',
};

/** On a phone the steps stack. */
export const PhoneWidth: Story = {
  globals: phoneGlobals,
  name: 'Phone width',
};
