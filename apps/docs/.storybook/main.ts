import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { createLogger } from 'vite';

// The medlead docs app. Stories and MDX live under src/; they import the *built* packages
// (`@medlead/core`, `@medlead/react` and its stylesheet), exactly as a user's app would.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // GitHub-flavoured Markdown in the guides: tables, mostly.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true },
  // Storybook's own onboarding checklist (the sidebar widget and its menu entry) is for people
  // setting up a Storybook, not for educators reading these docs.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The docs site also hosts what educators embed, so the embed-code generator can point at (and
  // preview) real files: the iframe page (apps/embed) and the one-file script (@medlead/elements).
  staticDirs: [
    { from: '../../embed/dist', to: '/embed' },
    { from: '../../../packages/elements/dist', to: '/elements' },
    // An example of a school's own framework file, for the generator's "Your own framework".
    { from: '../../../examples/frameworks', to: '/examples/frameworks' },
  ],
  // The preview frame names its icon, so a browser opening iframe.html on its own (as a static
  // host serves it) does not ask for /favicon.ico and log a 404.
  previewHead: (head) => `${head}\n<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  typescript: {
    // The components come from @medlead/react's dist, which react-docgen cannot read, so every
    // story file declares its argTypes (with descriptions) by hand.
    reactDocgen: false,
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Vite's info lines (two for each of some 50 output files, on every build) would bury a real
    // problem in the build log; its warnings and errors still print. (Storybook's own Vite logger,
    // used only when the config names none, prints info lines whatever `logLevel` says.)
    customLogger: viteConfig.customLogger ?? createLogger('warn'),
    // Storybook's Vite builder already uses relative asset paths (base './'), so the static build
    // works from any folder of any static host; the docs app's tests serve it from a subfolder.
    build: {
      ...viteConfig.build,
      rollupOptions: {
        ...viteConfig.build?.rollupOptions,
        onwarn(warning, warn) {
          // @medlead/react marks its bundle 'use client' for React Server Components; a
          // browser bundle has no use for the directive and Rollup says so for every build.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          // zod explains its /* @__PURE__ */ annotations in comments Rollup cannot place.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
      // Storybook's own preview and docs bundles are over Vite's 500 kB hint; ours are small.
      chunkSizeWarningLimit: 1500,
    },
  }),
};

export default config;
