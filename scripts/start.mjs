// `npm start`: run Loket on this machine.
//
// With an Electron binary the renderer and the main process are built and the desktop window
// opens; where the binary could not be downloaded, the same renderer is built and served to
// the browser on 127.0.0.1, with a message saying so. Either way the sync server starts
// beside it (PGlite in data/server), for demos.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);
const isWindows = process.platform === 'win32';

const serverPort = Number(process.env.LOKET_SERVER_PORT ?? 8787);

/**
 * The sync server, embedded for demos: PGlite in data/server unless DATABASE_URL is set, on
 * 127.0.0.1:LOKET_SERVER_PORT (8787). The app works without it (offline first), so a server
 * that cannot start is reported and the app opens anyway.
 */
async function startSyncServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      HOST: host,
      PORT: String(serverPort),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://${host}:${serverPort}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    const state = await Promise.race([
      exited.then((code) => ({ exited: code })),
      fetch(`${url}/health`)
        .then((response) => (response.ok ? { ready: true } : { ready: false }))
        .catch(() => ({ ready: false })),
    ]);
    if ('exited' in state) {
      console.error(
        `Server sinkronisasi tidak dapat berjalan (kode ${state.exited}); aplikasi tetap dibuka tanpa sinkronisasi. / ` +
          `The sync server did not start (exit ${state.exited}); the app opens without sync.`,
      );
      return undefined;
    }
    if (state.ready) {
      console.log(`  Server sinkronisasi berjalan di ${url} / Sync server running at ${url}`);
      return child;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  console.error(
    'Server sinkronisasi tidak menjawab dalam 30 detik. / The sync server did not answer within 30 s.',
  );
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

function run(script) {
  const result = spawnSync('npm', ['run', script], {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
  });
  if (result.status !== 0) {
    console.error('Gagal membangun aplikasi. / The build failed.');
    process.exit(result.status ?? 1);
  }
}

const electron = electronBinary();
console.log(
  electron
    ? `Electron ditemukan; Loket dibuka sebagai aplikasi desktop. / Electron found: ${electron}`
    : 'Electron tidak tersedia di mesin ini (biner tidak terunduh); aplikasi dibuka di peramban. / ' +
        'No Electron binary on this machine (it could not be downloaded); the app opens in the browser.',
);
run('build');

const syncServer = await startSyncServer();
process.on('exit', () => syncServer?.kill('SIGTERM'));

if (electron) {
  run('build:main');
  const app = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
  const stopApp = () => app.kill('SIGTERM');
  process.on('SIGINT', stopApp);
  process.on('SIGTERM', stopApp);
} else {
  await startBrowserMode();
}

async function startBrowserMode() {
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
}
