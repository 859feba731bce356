import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { extractArgTypes, extractComponentDescription } from './arg-types';
import { manifest } from './manifest';
import { globalTypes, initialGlobals, withStoryContext } from './story-context';
import './preview.css';

// Controls and docs come from the manifest, which the analyzer builds from each class's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withStoryContext],
  parameters: {
    options: { storySort: { order: ['Introduction', 'Elements', ['film-card', '*'], 'Theming'] } },
    controls: { expanded: true },
    // The code panel shows the story as a reader would write it, without the toolbar's wrapper.
    docs: { extractArgTypes, extractComponentDescription, source: { excludeDecorators: true } },
    a11y: { test: 'error' },
  },
};

export default preview;
