import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../shared/contentSecurityPolicy';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Browser mode reaches the sync server on its own origin (the CSP allows `connect-src 'self'`
 * only): the dev and preview servers pass `/v1/…` and `/health` on to it.
 */
const syncServer =
  process.env.LOKET_SYNC_SERVER ?? `http://127.0.0.1:${process.env.LOKET_SERVER_PORT ?? 8787}`;
const proxy = { '/v1': syncServer, '/health': syncServer };

/** The CSP as a meta tag, in the build only: the dev server injects scripts for fast refresh. */
function cspMeta(): Plugin {
  return {
    name: 'loket-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: rendererDir,
  // Relative asset paths, so the same build loads from app://loket/ in Electron and from a server.
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173, proxy },
  preview: { host: '127.0.0.1', port: 5173, proxy },
});
