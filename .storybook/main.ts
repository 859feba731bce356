import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts describes the library build; stories need none of it.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The sample films and posters at the same URLs as on the demo page, so a story can use
  // `src="/demo/films/parasite.json"` as a reader's page would. Only the build copies them: the dev
  // server already serves the project's files, and a static copy there would answer a story's
  // `import film from '../demo/films/….json'` with raw JSON instead of a module.
  staticDirs: (dirs = [], { configType }) =>
    configType === 'PRODUCTION' ? [...dirs, { from: '../demo', to: '/demo' }] : dirs,
  features: {
    // The theme toolbar paints the page behind each story; a second background picker would fight it.
    backgrounds: false,
  },
  core: { disableTelemetry: true },
};

export default config;
