import { ResultSummary } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { reportSamples } from './samples';
import { darkGlobals, option, phoneGlobals, sampleArgType, themeArgType } from './story-kit';

const meta = {
  title: 'Components/ResultSummary',
  component: ResultSummary,
  parameters: {
    docs: {
      description: {
        component:
          'A short plain summary of a scored self-assessment, for above the learner’s chart: the strongest areas and the areas to work on, by name and level (“Your strongest areas (Strong): …. Areas to work on (Essential): ….”). Ties are listed in the framework’s order, cut after `maxNamed` names with “and N more”; areas rated “not observed” are counted, not guessed. Text only, so it renders in full on the server.',
      },
    },
  },
  argTypes: {
    report: sampleArgType(
      'The scored assessment (`scoreAssessment` in @medlead/core).',
      reportSamples,
      'ScoreReport',
    ),
    maxNamed: {
      description: 'How many areas each sentence names before “and N more”.',
      control: { type: 'number', min: 1, max: 20 },
      table: { type: { summary: 'number' }, defaultValue: { summary: '3' } },
    },
    theme: themeArgType,
    className: {
      description: 'Extra class names on the summary.',
      control: 'text',
      table: { type: { summary: 'string' } },
    },
  },
  args: { report: option(reportSamples, 'HLM (2013): complete') },
} satisfies Meta<typeof ResultSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A complete HLM self-assessment: the strongest dimensions and the ones to work on. */
export const Complete: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Your strongest area/)).toBeVisible();
    await expect(canvas.getByText(/^Areas? to work on/)).toBeVisible();
  },
};

/** The 20 MLCF elements: long ties are cut after three names. */
export const MLCFComplete: Story = {
  name: 'MLCF (2010), complete',
  args: { report: option(reportSamples, 'MLCF (2010): complete') },
};

/** Some areas rated "not observed": they are counted and left out. */
export const Partial: Story = {
  args: { report: option(reportSamples, 'HLM (2013): partial') },
};

/** Nothing rated yet: it says so rather than naming anything. */
export const Empty: Story = {
  args: { report: option(reportSamples, 'HLM (2013): empty') },
};

/** On a phone (375 px): the sentences wrap, nothing is cut. */
export const Phone: Story = {
  args: { report: option(reportSamples, 'MLCF (2010): complete') },
  globals: phoneGlobals,
};

/** The dark colour set. */
export const Dark: Story = {
  globals: darkGlobals,
};
