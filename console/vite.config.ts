import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs on its own port; the built console is served by the API itself.
const api = 'http://localhost:4000';

// The public portal is a page of its own (portal.html): its code never enters the console's
// bundle, and the console's never enters its. In development /public serves it as the API does.
const portalRoute: Plugin = {
  name: 'portal-route',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/public(\/|\?|$)/.test(req.url)) req.url = '/portal.html';
      next();
    });
  },
};

export default defineConfig({
  base: '/',
  plugins: [react(), portalRoute],
  resolve: {
    alias: { 'object.entries': fileURLToPath(new URL('src/shims/object-entries.cjs', import.meta.url)) },
  },
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
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        portal: fileURLToPath(new URL('portal.html', import.meta.url)),
      },
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
