import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// frappe-gantt's package "exports" hide its stylesheet from bundlers; name the file directly.
const FRAPPE_GANTT_CSS = fileURLToPath(
  new URL('./node_modules/frappe-gantt/dist/frappe-gantt.css', import.meta.url),
);

/**
 * The dev server injects styles as <style> elements and talks to its HMR client over a websocket;
 * the strict policy in index.html would block both, so only `vite serve` relaxes it.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'ecourt-relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace(/style-src [^;]+;/, "style-src 'self' 'unsafe-inline';")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://127.0.0.1:*"),
  };
}

export default defineConfig({
  // Absolute, so builds started from elsewhere (the E2E test) find the same sources.
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Electron loads the window from file://, so every asset URL must be relative.
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  resolve: { alias: { 'frappe-gantt/dist/frappe-gantt.css': FRAPPE_GANTT_CSS } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
