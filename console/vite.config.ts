import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs on its own port; the built console is served by the API itself.
const api = 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin with Material UI is one large chunk the first page needs anyway.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Libraries every page needs and that change seldom get chunks of their own, so a new
        // console release re-downloads only the console's code. Only libraries the first page
        // loads in full: a group captures its modules for every page, which would pull code of
        // lazily loaded screens into the first download.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'apollo', test: /node_modules[\\/](@apollo[\\/]client|@wry|optimism|ts-invariant|zen-observable)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
