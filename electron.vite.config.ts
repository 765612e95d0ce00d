import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Three bundles: main (Node, ESM), preload (CommonJS, as a sandboxed preload must be)
 * and the renderer (a React SPA). The native SQLite module stays external: it is loaded
 * from node_modules (unpacked from the asar archive in a packaged build).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // `audit verify`'s case-state worker is an entry of its own, `case-state-worker.js` beside
        // index.js, where electron/core/audit/case-state-thread.ts looks for it.
        input: { index: resolve('electron/main/index.ts'), 'case-state-worker': resolve('electron/core/audit/case-state-worker.ts') },
        // Shared chunks beside the entries too, so a module's `import.meta.url` is in the same folder.
        output: { chunkFileNames: '[name]-[hash].js' },
        external: ['better-sqlite3-multiple-ciphers'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // Libraries in chunks of their own (cached apart from the app's code, and no chunk over
        // the 500 kB warning); the EN and IT text are one lazy chunk each (renderer/i18n/index.ts)
        // and each section is split by its lazy import.
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            ],
          },
        },
      },
    },
    plugins: [react()],
  },
});
