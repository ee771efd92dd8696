import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { phoneGlobals } from '../stories/story-kit';
import { EmbedCodeGenerator } from './EmbedCodeGenerator';

// The embed-code generator, as a page of its own (the Embedding guide links here). By default it
// points at the copies of the embed page and the one-file script that this Storybook serves
// (staticDirs in .storybook/main.ts), so its preview runs the real files.

const meta = {
  title: 'Guides/Embed code generator',
  component: EmbedCodeGenerator,
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Choose a route (iframe or script), a framework and a view, and copy the code; the preview runs that code.',
      },
    },
  },
} satisfies Meta<typeof EmbedCodeGenerator>;

export default meta;
type Story = StoryObj<typeof meta>;

const code = (canvas: HTMLElement) => within(canvas).getByTestId('embed-code').textContent ?? '';

/** The iframe route (Canvas, WordPress authors): choose, copy, and see the page in the preview. */
export const Generator: Story = {
  name: 'Embed code generator',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(code(canvasElement)).toMatch(/^<iframe\n/);
    await userEvent.selectOptions(canvas.getByLabelText('Framework'), 'ama');
    // The fixed height follows the framework: its form as measured, with room to spare.
    await expect(canvas.getByLabelText('Frame height in pixels')).toHaveValue(2500);
    await expect(canvas.getByText(/the AMA leadership form is 2,241 px tall/)).toBeVisible();
    await userEvent.selectOptions(
      canvas.getByLabelText('What learners see'),
      'Self-assessment, then the gap chart on every later visit',
    );
    await userEvent.selectOptions(canvas.getByLabelText('Target level for the gap chart'), '4');
    await userEvent.click(canvas.getByLabelText(/fit the frame to its content/));
    // The preview is the embed page itself, at the snippet's address.
    const preview = canvas.getByTitle(/^Preview:/) as HTMLIFrameElement;
    const address = preview.getAttribute('src') ?? '';
    await expect(address).toMatch(/\/embed\/index\.html\?framework=ama&view=gap&level=4$/);
    const snippet = code(canvasElement);
    await expect(snippet).toContain(`src="${address.replace(/&/g, '&amp;')}"`);
    await expect(snippet).toContain("event.data.type !== 'medlead:height'");
    await waitFor(() => expect(preview.contentDocument?.body.textContent).toContain('AMA'), {
      timeout: 10_000,
    });
  },
};

/** The script route (Moodle, WordPress administrators): the preview runs the snippet as a page. */
export const ScriptRoute: Story = {
  name: 'Script route, self-assessment then wheel',
  args: { initialRoute: 'script' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const snippet = code(canvasElement);
    await expect(snippet).toMatch(
      /^<script src="[^"]+\/elements\/medlead-elements\.js"><\/script>\n/,
    );
    await expect(snippet).toContain('<medlead-self-assessment framework="hlm">');
    const preview = canvas.getByTitle(/^Preview:/) as HTMLIFrameElement;
    await waitFor(
      () => {
        const form = preview.contentDocument?.querySelector('medlead-self-assessment');
        expect(form?.shadowRoot?.querySelectorAll('fieldset').length).toBe(9);
      },
      { timeout: 10_000 },
    );
  },
};

/** A school's own framework: the address of its JSON file goes into the code, and the preview loads it. */
export const OwnFramework: Story = {
  name: 'Your own framework (a JSON file)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Framework'), '(own)');
    // It starts on the example file this site serves, so the preview shows a framework at once.
    const address = canvas.getByLabelText('Address of your framework file (JSON)');
    await expect((address as HTMLInputElement).value).toMatch(
      /\/examples\/frameworks\/riverside\.json$/,
    );
    await userEvent.selectOptions(
      canvas.getByLabelText('What learners see'),
      'Self-assessment, then the gap chart on every later visit',
    );
    await userEvent.type(canvas.getByLabelText('Target level for the gap chart'), '2');
    const preview = canvas.getByTitle(
      'Preview: Self-assessment and gap chart',
    ) as HTMLIFrameElement;
    await expect(preview.getAttribute('src')).toMatch(
      /\/embed\/index\.html\?framework-src=[^&]+riverside\.json&view=gap&level=2$/,
    );
    await expect(code(canvasElement)).toContain('framework-src=');
    await waitFor(
      () =>
        expect(preview.contentDocument?.body.textContent).toContain('Riverside self-assessment'),
      { timeout: 10_000 },
    );
    // The script route points the elements' src at the same file.
    await userEvent.click(canvas.getByLabelText(/one script/));
    await expect(code(canvasElement)).toMatch(
      /<medlead-self-assessment src="[^"]+\/examples\/frameworks\/riverside\.json">/,
    );
  },
};

/** Copying: the code goes to the clipboard, and the reader is told. */
export const Copy: Story = {
  name: 'Copy the code',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const written: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Copy embed code' }));
      await expect(await canvas.findByRole('status')).toHaveTextContent('Copied.');
      await expect(written).toEqual([code(canvasElement)]);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  },
};

/** At phone width the choices stack in one column. */
export const Phone: Story = {
  name: 'Phone width',
  globals: phoneGlobals,
};
