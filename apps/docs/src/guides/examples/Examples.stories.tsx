import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { themeArgType } from '../../stories/story-kit';
import { BrandedCharts } from './BrandedCharts';
import { LeadershipProfile } from './LeadershipProfile';

// The guides' React examples, rendered as they are written (the guides show the same files),
// so the test run checks that they work in a browser and have no accessibility violations.
const meta = {
  title: 'Guides/Examples',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;

/** Getting started: score a self-assessment and draw it. Choosing a node names it below. */
export const GettingStarted: StoryObj<typeof LeadershipProfile> = {
  name: 'Getting started: LeadershipProfile',
  render: () => <LeadershipProfile />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/8 of 9 dimensions rated/)).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(canvas.getByText('Chosen: Leading with care')).toBeVisible();
  },
};

/** Theming: the charts in a course site's colours, tooltips included. */
export const Theming: StoryObj<typeof BrandedCharts> = {
  name: 'Theming: BrandedCharts',
  argTypes: { theme: themeArgType },
  render: (args) => <BrandedCharts {...args} />,
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector('.brand-charts') as HTMLElement;
    await userEvent.tab();
    const tooltip = await within(wrapper).findByRole('tooltip');
    await expect(tooltip).toHaveTextContent('Inspiring shared purpose');
    await expect(getComputedStyle(tooltip).fontFamily).toMatch(/Georgia/);
  },
};

export const ThemingDark: StoryObj<typeof BrandedCharts> = {
  ...Theming,
  name: 'Theming: BrandedCharts, dark',
  globals: { theme: 'dark' },
};
