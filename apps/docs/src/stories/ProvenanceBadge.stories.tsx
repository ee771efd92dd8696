import { ProvenanceBadge } from '@medlead/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Components/ProvenanceBadge',
  component: ProvenanceBadge,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Where an item comes from, in words: **Published** (as the owner published it), **Paraphrased** (our summary of what they published) or **Editorial** (written by medlead where the owner published none), and **Uncertain** when the owner’s published text does not confirm it. For educators: learner-facing components leave the badges out unless `audience="curriculum"`. Text and border style, never colour alone.',
      },
    },
  },
  argTypes: {
    provenance: {
      description: 'Where the item comes from.',
      options: ['published', 'paraphrased', 'editorial'],
      control: 'inline-radio',
      table: { type: { summary: "'published' | 'paraphrased' | 'editorial'" } },
    },
    uncertain: {
      description: 'Whether the item is uncertain (show the note itself beside the badge).',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
    },
  },
  args: { provenance: 'published' },
} satisfies Meta<typeof ProvenanceBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Published: Story = {};

export const Paraphrased: Story = { args: { provenance: 'paraphrased' } };

export const Editorial: Story = { args: { provenance: 'editorial' } };

export const Uncertain: Story = { args: { provenance: 'paraphrased', uncertain: true } };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { provenance: 'editorial', uncertain: true },
  name: 'Dark theme',
};
