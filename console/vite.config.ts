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
    // react-admin and Material UI make one large chunk; the console is an intranet tool.
    chunkSizeWarningLimit: 2500,
  },
});
