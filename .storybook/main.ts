import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';
import { faultMiddleware } from './fault-server.js';

/**
 * Dev server only: answers `/faults/*` like the test server (`test/support/server.mjs`) so the
 * error stories can show 403, 500, garbage bytes, stalls and buffering. A static build has no
 * server, so there these URLs are plain 404s (the stories say so).
 */
function faultsPlugin(): Plugin {
  return {
    name: 'news-player-story-faults',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(faultMiddleware);
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|js)'],
  // Controls, actions, viewport and backgrounds ship in Storybook 10's core; docs pages (generated
  // from custom-elements.json) come from `@storybook/addon-docs`.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [
    { from: '../test/media', to: '/media' },
    // Cue files of the tests (the rolling-captions fixtures, in the shapes real captions have).
    { from: '../test/cue-fixtures', to: '/cue-fixtures' },
    // The reference article's clip, poster and WebVTT (scripts/make-article-clip.sh).
    { from: '../stories/article/media', to: '/article' },
  ],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [faultsPlugin()],
      optimizeDeps: {
        // Lit loaded twice breaks directives; video.js's ES build imports CommonJS packages and
        // its core build is UMD, so both are pre-bundled into ES modules.
        include: ['lit/directive-helpers.js', 'video.js', 'video.js/dist/alt/video.core.js'],
      },
    });
  },
};

export default config;
