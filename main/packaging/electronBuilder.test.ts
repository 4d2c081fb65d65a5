// electron-builder.yml, checked by packaging for real: `electron-builder --dir` for Linux and
// for Windows, against a stub Electron (Electron cannot be downloaded here) and without network.
// The project is copied to a scratch folder (node_modules hard-linked) with its built main
// bundle and renderer, or stand-ins for them while `main/index.ts` does not exist yet.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = '45.4.1';
const updateUrl = 'https://loket.example.invalid/updates/';
const mainBundle = 'dist-electron/main.cjs';

/** The real bundles are built when the lead's build script has its entry point to build. */
const realBuild =
  existsSync(join(root, 'scripts/build-main.mjs')) && existsSync(join(root, 'main/index.ts'));
const buildNote = realBuild
  ? 'the real main bundle and renderer'
  : 'stand-in bundles: scripts/build-main.mjs or main/index.ts not there yet';

/** Every proxy points at a closed port, so any download electron-builder tried would fail. */
const offlineEnv = {
  ...process.env,
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  LOKET_UPDATE_URL: updateUrl,
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
  CI: 'true',
};

let scratch = '';
const app = () => join(scratch, 'app');
const stubElectron = () => join(scratch, 'electron-dist');
const output = (platform: Platform) => join(scratch, 'out', platform);

/** A Windows executable with nothing in it but the version resource Electron's has. */
function stubElectronExe(): Buffer {
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setFileVersion(45, 4, 1, 0, 1033);
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'Electron', OriginalFilename: 'electron.exe' },
  );
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  return Buffer.from(exe.generate());
}

/** An unpacked Electron as electron-builder copies it: the binaries, locales, license. */
async function writeStubElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  await writeFile(join(dir, 'electron'), '#!/bin/sh\nexit 0\n');
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'electron.exe'), stubElectronExe());
  for (const locale of ['id', 'en-US', 'de']) {
    await writeFile(join(dir, 'locales', `${locale}.pak`), locale);
  }
  await writeFile(join(dir, 'LICENSE'), 'MIT, stub Electron for the packaging test\n');
  await writeFile(join(dir, 'version'), electronVersion);
}

/** Runs one of the project's builds; a failure says which, with the start of its output. */
async function build(command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`${[command, ...args].join(' ')} failed:\n${output.slice(0, 3000)}`, {
      cause: error,
    });
  }
}

/** The built outputs, from the real build or written as stand-ins into the scratch copy. */
async function provideBundles(target: string): Promise<void> {
  if (realBuild) {
    await build(process.execPath, ['scripts/build-main.mjs']);
    await build('npm', ['run', 'build']);
    await cp(join(root, 'dist-electron'), join(target, 'dist-electron'), { recursive: true });
    await cp(join(root, 'dist/renderer'), join(target, 'dist/renderer'), { recursive: true });
    return;
  }
  await mkdir(join(target, 'dist-electron'), { recursive: true });
  await mkdir(join(target, 'dist/renderer'), { recursive: true });
  await writeFile(join(target, mainBundle), "'use strict';\n");
  await writeFile(
    join(target, 'dist/renderer/index.html'),
    '<!doctype html><html lang="id"><title>Loket</title></html>\n',
  );
}

/** The project as the release build sees it, in the scratch folder. */
async function copyProject(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    main?: string;
  };
  manifest.main ??= mainBundle;
  await writeFile(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['package-lock.json', 'electron-builder.yml']) {
    await cp(join(root, file), join(target, file));
  }
  // Hard links: fast, and real folders, which electron-builder's npm collector needs. The
  // scratch folder is in node_modules/.cache, which is left out.
  const modules = join(root, 'node_modules');
  const entries = (await readdir(modules)).filter((name) => name !== '.cache');
  await mkdir(join(target, 'node_modules'));
  await run('cp', [
    '-al',
    ...entries.map((name) => join(modules, name)),
    join(target, 'node_modules'),
  ]);
  await provideBundles(target);
}

type Platform = 'linux' | 'win';

async function electronBuilder(platform: Platform): Promise<void> {
  const cli = join(root, 'node_modules/electron-builder/cli.js');
  await run(
    process.execPath,
    [
      cli,
      '--dir',
      `--${platform}`,
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${stubElectron()}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output(platform)}`,
    ],
    {
      cwd: app(),
      env: { ...offlineEnv, ELECTRON_BUILDER_CACHE: join(scratch, 'cache', platform) },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
    },
  );
}

/** The packaging per platform, started in `beforeAll`. */
const packed = new Map<Platform, Promise<void>>();

const entriesOf = (asar: string) => listPackage(asar, { isPack: false });

beforeAll(async () => {
  // Inside node_modules/.cache: the same file system as node_modules, for the hard links.
  const cache = join(root, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  scratch = await mkdtemp(join(cache, 'loket-packaging-'));
  await writeStubElectron(stubElectron());
  await copyProject(app());
  // Both packagings run side by side; each test awaits its own.
  for (const platform of ['linux', 'win'] as const) {
    const packing = electronBuilder(platform);
    packing.catch(() => {});
    packed.set(platform, packing);
  }
}, 240_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe(`electron-builder --dir with a stub Electron (${buildNote})`, () => {
  it('packs the Linux app: executable, app.asar with main and renderer, update feed', async () => {
    await packed.get('linux');
    const unpacked = join(output('linux'), 'linux-unpacked');
    const files = await readdir(unpacked);
    expect(files).toContain('loket');
    expect(files).not.toContain('electron');
    expect(files).toContain('LICENSE.electron.txt');
    expect(await readdir(join(unpacked, 'locales'))).toEqual(['en-US.pak', 'id.pak']);

    const asar = join(unpacked, 'resources/app.asar');
    const entries = entriesOf(asar);
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        `/${mainBundle}`,
        '/dist/renderer/index.html',
        '/node_modules/pdf-to-printer/dist/bundle.js',
        '/node_modules/electron-updater/package.json',
        // electron-updater's own dependencies, which a symlinked node_modules would lose.
        '/node_modules/builder-util-runtime/package.json',
      ]),
    );
    expect(entries.some((entry) => entry.startsWith('/node_modules/electron-builder'))).toBe(false);
    expect(entries.some((entry) => entry.startsWith('/main/'))).toBe(false);
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe(mainBundle);

    const feed = await readFile(join(unpacked, 'resources/app-update.yml'), 'utf8');
    expect(feed).toContain('provider: generic');
    expect(feed).toContain(`url: ${updateUrl}`);
  }, 120_000);

  it('packs the Windows app: Loket.exe and SumatraPDF outside app.asar', async () => {
    await packed.get('win');
    const unpacked = join(output('win'), 'win-unpacked');
    const files = await readdir(unpacked);
    expect(files).toContain('Loket.exe');
    expect(files).not.toContain('electron.exe');

    const sumatraDir = join(
      unpacked,
      'resources/app.asar.unpacked/node_modules/pdf-to-printer/dist',
    );
    expect(
      (await readdir(sumatraDir)).filter((name) => /^SumatraPDF-.+\.exe$/.test(name)),
    ).toHaveLength(1);
    const entries = entriesOf(join(unpacked, 'resources/app.asar'));
    expect(entries).toContain(`/${mainBundle}`);

    const exe = NtExecutable.from(await readFile(join(unpacked, 'Loket.exe')));
    const resources = NtExecutableResource.from(exe);
    const [version] = Resource.VersionInfo.fromEntries(resources.entries);
    const strings = version?.getStringValues({ lang: 1033, codepage: 1200 });
    expect(strings?.ProductName).toBe('Loket');
    expect(strings?.FileDescription).toBe('Loket');
    expect(strings?.LegalCopyright).toBe('Dinas Sosial');
    expect(resources.entries.some((entry) => entry.type === 'INTEGRITY')).toBe(true);
  }, 120_000);
});
