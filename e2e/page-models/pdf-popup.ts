import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The page's global object with the Blobs kept by the wrapped `URL.createObjectURL`. */
type BlobKeeper = { e2eBlobs?: Map<string, Blob> };

/**
 * Clicks what opens a PDF in a new tab (the browser's viewer prints it), then reads the PDF
 * back: saved under the test's output as `name`, and its text by pdftotext, with runs of
 * white space made one space. The app's CSP forbids fetching blob: URLs, so the page's
 * `URL.createObjectURL` is wrapped first to keep the Blob behind each URL.
 */
export async function openedPdf(
  page: Page,
  name: string,
  click: () => Promise<void>,
): Promise<{ file: string; text: string; pages: number }> {
  await page.evaluate(() => {
    const win = globalThis as BlobKeeper;
    if (win.e2eBlobs) return;
    const blobs = new Map<string, Blob>();
    win.e2eBlobs = blobs;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
  });
  const opened = page.context().waitForEvent('page');
  await click();
  const tab = await opened;
  expect(tab.url()).toMatch(/^blob:/);
  const base64 = await page.evaluate(async (url) => {
    const blob = (globalThis as BlobKeeper).e2eBlobs?.get(url);
    if (!blob) throw new Error(`no Blob behind ${url}`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, tab.url());
  await tab.close();
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  // Reading order keeps a wrapped cell together; the layout keeps the columns apart.
  const text = ['-raw', '-layout']
    .map((mode) => execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' }))
    .join('\n');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    file,
    text: text.replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
  };
}
