import type { Meta, StoryObj } from '@storybook/react-vite';
import { ThemeTokens } from './ThemeTokens';

// The table the Theming guide shows, as a page of its own (and so checked by axe in the tests).
const meta = {
  title: 'Reference/Theme tokens',
  component: ThemeTokens,
  tags: ['!autodocs'],
} satisfies Meta<typeof ThemeTokens>;

export default meta;

export const AllTokens: StoryObj<typeof meta> = { name: 'All tokens' };
