import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '../shared/contentSecurityPolicy';
import { appEntryUrl, createAppHandler, registerAppScheme, serveApp } from './appProtocol';

let dir: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-app-'));
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Loket</title>',
    'assets/index-abc.js': 'console.log(1)',
    'assets/index-abc.css': 'body{}',
    'assets/regions-abc.json': '{"provinces":[]}',
    'assets/yoga-abc.wasm': '\0asm',
    'assets/Arimo_400Regular-abc.ttf': 'ttf',
    'assets/font-abc.woff': 'woff',
    'assets/font-abc.woff2': 'woff2',
    'assets/emblem-abc.png': 'png',
    'assets/emblem-abc.svg': '<svg/>',
    'assets/blob-abc.bin': 'bytes',
  };
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  await writeFile(join(dir, 'secret.txt'), 'outside the root');
  handler = createAppHandler(root);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// handler', () => {
  it('serves the entry page with the CSP header, at / too', async () => {
    for (const url of [appEntryUrl, 'app://loket/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text()).toBe('<!doctype html><title>Loket</title>');
    }
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/regions-abc.json', 'application/json; charset=utf-8'],
    ['assets/yoga-abc.wasm', 'application/wasm'],
    ['assets/Arimo_400Regular-abc.ttf', 'font/ttf'],
    ['assets/font-abc.woff', 'font/woff'],
    ['assets/font-abc.woff2', 'font/woff2'],
    ['assets/emblem-abc.png', 'image/png'],
    ['assets/emblem-abc.svg', 'image/svg+xml'],
    ['assets/blob-abc.bin', 'application/octet-stream'],
  ])('serves %s as %s, without the CSP', async (path, type) => {
    const response = await get(`app://loket/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBeNull();
  });

  it('serves the region table the renderer fetches by its relative URL', async () => {
    const url = new URL('regions-abc.json', 'app://loket/assets/index-abc.js').href;
    const response = await get(url);
    expect(await response.json()).toEqual({ provinces: [] });
  });

  it('ignores the query and the hash', async () => {
    expect((await get('app://loket/index.html?v=1#/pengaturan')).status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const response = await get(appEntryUrl, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Length')).toBe('35');
    expect(await response.text()).toBe('');
  });

  it('refuses other methods', async () => {
    expect((await get(appEntryUrl, 'POST')).status).toBe(405);
  });

  it('answers 404 in plain text for a missing file, a folder and a client route', async () => {
    for (const url of [
      'app://loket/assets/missing.js',
      'app://loket/assets',
      'app://loket/index.html/x',
      'app://loket/pengaturan',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Not found');
    }
  });

  it('serves only host loket', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://loket:8080/index.html')).status).toBe(404);
  });

  it.each([
    'app://loket/../secret.txt',
    'app://loket/%2e%2e/secret.txt',
    'app://loket/assets/%2E%2E/%2e%2e/secret.txt',
    'app://loket/..%2fsecret.txt',
    'app://loket/%2e%2e%2fsecret.txt',
    'app://loket/..%5csecret.txt',
    'app://loket/assets\\..\\..\\secret.txt',
    'app://loket/C:/Windows/win.ini',
    'app://loket/index.html%00.png',
    'app://loket/%E0%A4%A',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('never serves an absolute path', async () => {
    const secret = join(dir, 'secret.txt');
    for (const url of [`app://loket/${secret}`, `app://loket/${encodeURIComponent(secret)}`]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('outside the root');
    }
  });

  it('refuses an encoded separator or dot segment outright', async () => {
    expect((await get('app://loket/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://loket/..%5csecret.txt')).status).toBe(403);
    expect((await get('app://loket//etc/passwd')).status).toBe(403);
  });

  it('answers 500 when the file cannot be read', async () => {
    const failing = createAppHandler(root, {
      read: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    });
    expect((await failing(new Request(appEntryUrl))).status).toBe(500);
  });
});

describe('the app:// registration', () => {
  it('registers app as a standard, secure scheme with fetch and code cache', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('hands the scheme to the handler of the root', async () => {
    let served: ((request: Request) => Response | Promise<Response>) | undefined;
    serveApp(
      {
        handle: (scheme, handle) => {
          expect(scheme).toBe('app');
          served = handle;
        },
      },
      root,
    );
    expect((await served?.(new Request(appEntryUrl)))?.status).toBe(200);
  });
});
