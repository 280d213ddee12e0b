// Two pages, built like any user's app: the elements from `news-player`, and the React wrappers
// from `news-player/react`.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    // Source maps on, so a failure in the browser points at the package's own files.
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'index.html', react: 'react.html', videojs: 'with-videojs.html' },
    },
  },
});
