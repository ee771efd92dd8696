import type { Meta, StoryObj } from '@storybook/react-vite';
import { CrosswalkIndex, FrameworkIndex, RightsTable } from './ReferenceIndex';

// The generated tables the guides show, as pages of their own (and so checked by axe in the tests).
const meta = {
  title: 'Reference/Indexes',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;

export const Frameworks: StoryObj = { render: () => <FrameworkIndex /> };

export const Crosswalks: StoryObj = { render: () => <CrosswalkIndex /> };

export const Rights: StoryObj = { render: () => <RightsTable /> };
