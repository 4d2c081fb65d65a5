// The app:// scheme that serves the built renderer (`dist/renderer`) to the window, so the
// page has a real origin (app://loket) for IndexedDB, fetch of its own assets and the CSP,
// instead of file:// where every file is its own origin. The handler is a plain
// `(Request) => Promise<Response>` so it runs in Node against real files.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicyHeader } from '../shared/contentSecurityPolicy';
import { nodeFileIo, type FileIo } from './files/fileIo';

export const appScheme = 'app';
export const appHost = 'loket';
/** The origin the window's pages have; security.ts allows this one and no other. */
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Call before the app is ready. `standard` gives the scheme origins and storage, `secure`
 * makes it a secure context, `supportFetchAPI` lets the page fetch its region table and
 * fonts, `codeCache` keeps compiled scripts between starts.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Call once the app is ready: app://loket/ answers with the files under `rootDir`. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(appScheme, createAppHandler(rootDir));
}

const mimeTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
  ttf: 'font/ttf',
  otf: 'font/otf',
  woff: 'font/woff',
  woff2: 'font/woff2',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
};

function mimeType(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/** Plain English answers: only a developer ever sees them, in the devtools' network tab. */
function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The path segments of a request under the root, or null for anything that could leave it:
 * `..` or `.` (also percent-encoded), an encoded slash or backslash, an empty segment
 * (`//etc/passwd`), a drive letter or a NUL. `/` is the entry page.
 */
function safeSegments(pathname: string): string[] | null {
  if (pathname === '/') return ['index.html'];
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return null;
    }
    segments.push(segment);
  }
  return segments;
}

const notAFile = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  (error.code === 'EISDIR' || error.code === 'ENOTDIR');

/**
 * Serves GET and HEAD for host `loket` from `rootDir`. The app routes with the address hash
 * (`#/pengaturan`), which never reaches the handler, so there is no fallback to index.html:
 * a path that is not a file is 404.
 */
export function createAppHandler(
  rootDir: string,
  io: Pick<FileIo, 'read'> = nodeFileIo,
): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return plain(404, 'Not found');
    const segments = safeSegments(url.pathname);
    if (!segments) return plain(403, 'Forbidden');
    const path = resolve(root, ...segments);
    const inside = relative(root, path);
    const outside = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
    if (inside === '' || outside) return plain(403, 'Forbidden');
    let bytes: Uint8Array | undefined;
    try {
      bytes = await io.read(path);
    } catch (error) {
      if (!notAFile(error)) return plain(500, 'Cannot read file');
    }
    if (!bytes) return plain(404, 'Not found');
    const type = mimeType(path);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
    };
    // The page's policy; a script or a font has no use for one.
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = contentSecurityPolicyHeader;
    }
    return new Response(request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: 200,
      headers,
    });
  };
}
