// `npm start`: run Loket on this machine.
//
// With an Electron binary and a built main process this will open the desktop
// window; until then (and on machines where the binary cannot be downloaded) the
// renderer is built and served to the browser on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);
const isWindows = process.platform === 'win32';

/** The Electron binary, when `npm ci` managed to download it; never downloads. */
function electronBinary() {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** The embedded sync server is started here, once it exists (server/). */
async function startSyncServer() {
  return undefined;
}

function openBrowser(url) {
  if (process.env.CI || process.env.LOKET_NO_BROWSER) return;
  const [command, args] = isWindows
    ? ['cmd', ['/c', 'start', '', url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {}); // no browser here: the printed URL is enough
    child.unref();
  } catch {
    // same: not being able to open a browser is not an error
  }
}

const electron = electronBinary();
if (electron) {
  console.log(`Electron ditemukan / Electron found: ${electron}`);
  console.log(
    'Proses utama (main/) belum dibuat, jadi aplikasi dibuka di peramban. / ' +
      'The main process (main/) is not built yet, so the app opens in the browser.',
  );
} else {
  console.log(
    'Electron tidak tersedia di mesin ini; aplikasi dibuka di peramban. / ' +
      'No Electron binary on this machine; the app opens in the browser.',
  );
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: isWindows });
if (build.status !== 0) {
  console.error('Gagal membangun aplikasi. / The build failed.');
  process.exit(build.status ?? 1);
}

await startSyncServer();

const { preview } = await import('vite');
let server;
try {
  server = await preview({
    configFile: join(root, 'renderer', 'vite.config.ts'),
    preview: { host, port, strictPort: true, open: false },
  });
} catch (error) {
  console.error(
    `Tidak dapat membuka port ${port} (${error.message}). Pakai port lain, misalnya PORT=5174 npm start. / ` +
      `Cannot listen on port ${port}. Use another one, e.g. PORT=5174 npm start.`,
  );
  process.exit(1);
}
const url = `http://${host}:${port}/`;
console.log('');
console.log(`  Loket berjalan di ${url}  (buka alamat ini di peramban)`);
console.log(`  Loket is running at ${url}  (open this address in a browser)`);
console.log('  Tekan Ctrl+C untuk berhenti. / Press Ctrl+C to stop.');
console.log('');
openBrowser(url);

const stop = () => {
  server.httpServer.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
