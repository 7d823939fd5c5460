import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

// Libraries change less often than the app, so they get chunks of their own that
// stay cached across releases; each page is loaded on its first visit (router.tsx).
const chunkGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'tanstack', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  { name: 'react-aria', test: /[\\/]node_modules[\\/](react-aria-components|react-aria|react-stately|@react-aria|@react-stately|@react-types|@internationalized)[\\/]/ },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
  // The app's own shared code (ui primitives, lib, contracts) in one file, not dozens of tiny ones.
  { name: 'shared', test: /[\\/]src[\\/](contracts|web[\\/]components|web[\\/]lib)[\\/]/ },
];

// The server serves dist/web under a strict CSP: no inline scripts or styles,
// so everything the app needs ships as files.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
