// Builds the Electron main process and its preload into dist-electron/ (CommonJS: a
// sandboxed preload cannot load ES modules). `electron` stays external, and so do the
// packages that find their own files at run time (pdf-to-printer's SumatraPDF, the updater).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'pdf-to-printer', 'electron-updater'],
};

await Promise.all([
  build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
console.log('dist-electron/main.cjs and dist-electron/preload.cjs built');
