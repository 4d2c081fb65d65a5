// How the browser benchmarks put our code into real Chromium: a page-side entry under renderer/
// bundled with esbuild, served with a blank page at `origin` (intercepted by Playwright, so no
// server needs to serve them) in a persistent profile (IndexedDB on disk, as in the app). Only
// the page and its script are intercepted, and only until they are loaded: whatever else the
// page asks of `origin` goes to the network, e.g. to the sync server the origin belongs to.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';

export interface PageOptions {
  /** A secure context (localhost or 127.0.0.1), so the storage API works. */
  origin: string;
  title: string;
  /** The bundled entry (see `bundle`). */
  script: string;
  /** The global the script sets once loaded. */
  global: string;
}

export async function bundle(entryPoint: string): Promise<string> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced nothing');
  return output.text;
}

/** Chromium on `profile` with the script loaded into its first tab at `options.origin`. */
export async function openPage(
  profile: string,
  options: PageOptions,
): Promise<[BrowserContext, Page]> {
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${options.title}</title><script src="/bench.js"></script></head><body></body></html>`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    const tab = context.pages()[0] ?? (await context.newPage());
    tab.on('pageerror', (error) => process.stderr.write(`${options.title}: ${error.message}\n`));
    const served = (url: URL) =>
      url.origin === options.origin && (url.pathname === '/' || url.pathname === '/bench.js');
    await tab.route(served, (route) =>
      route.fulfill(
        new URL(route.request().url()).pathname === '/bench.js'
          ? { contentType: 'text/javascript', body: options.script }
          : { contentType: 'text/html', body: html },
      ),
    );
    await tab.goto(`${options.origin}/`);
    await tab.waitForFunction((name) => name in globalThis, options.global);
    await tab.unrouteAll();
    return [context, tab];
  } catch (error) {
    await context.close();
    throw error;
  }
}
