import '@medlead/react/styles.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { type Theme, themeOf, viewports } from '../src/stories/story-kit';

// Play functions wait (findBy…, waitFor) for a condition, and stop waiting as soon as it holds;
// Testing Library's default limit of 1 s is too short on a busy two-core machine, where a story
// can take several seconds to draw. A limit only turns a hang into a failure.
configure({ asyncUtilTimeout: 10_000 });

/**
 * The theme toolbar: the chosen colour set goes to the component's `theme` prop (unless the story
 * or a control sets one) and to a `.medlead` container with `data-theme`, which paints the canvas
 * with the kit's own surface colour (`--medlead-surface`), so dark stories sit on a dark page.
 */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = themeOf(context.args.theme) ?? themeOf(context.globals.theme) ?? 'light';
  const takesTheme = context.argTypes.theme !== undefined;
  return (
    <div
      className={`medlead docs-canvas docs-canvas-${context.viewMode}`}
      data-theme={theme}
      data-testid="docs-canvas"
    >
      {takesTheme ? <Story args={{ ...context.args, theme }} /> : <Story />}
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'The colour set the components use (their `theme` prop)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Every story is checked with axe (contrast included) when it renders, and in the test run
    // (`pnpm --filter @medlead/docs test`) any violation fails the story.
    a11y: { test: 'error' },
    viewport: { options: viewports },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Getting started',
            'Scoring and 360 rules',
            'Crosswalks and curriculum mapping',
            'Embedding in Moodle, Canvas and WordPress',
            'Bring your own framework',
            'Embed code generator',
            'Theming',
            "Data provenance and the owners' rights",
            'Examples',
          ],
          'Components',
          'Reference',
          ['Frameworks', 'Crosswalks', 'Indexes', 'Theme tokens', 'Core docs'],
        ],
      },
    },
  },
};

export default preview;
