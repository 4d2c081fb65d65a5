// Test-only, in Node: the Arimo files from node_modules, where the letter tests write their
// PDFs and PNGs (test-results/letters, for a person to look at), and the poppler-utils they
// read them back with. Outside shared/, which stays free of Node built-ins.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arimoSourcesIn, registerLetterFonts } from '../shared/letters/fonts';
import type { LetterElement } from '../shared/letters/LetterDocument';
import { popplerTools, renderPng, type RunTool } from '../shared/letters/pdfChecks.test-helpers';
import { renderLetterPdf } from '../shared/letters/render';

/** Runs a poppler tool; dates print in UTC, whatever the machine's zone. */
export const runTool: RunTool = (tool, args) =>
  execFileSync(tool, args, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

/** The poppler-utils this machine lacks; the PDF tests are skipped, saying so, without them. */
export const missingPoppler = popplerTools.filter(
  (tool) => spawnSync(tool, ['-v']).error !== undefined,
);

/** Where the PDFs go; their PNGs are in `png/` below. */
export const letterOutDir = join(process.cwd(), 'test-results', 'letters');
const pngDir = join(letterOutDir, 'png');

/** Registers Arimo from `@expo-google-fonts/arimo` in node_modules. */
export function registerNodeLetterFonts(): void {
  const arimoDir = dirname(
    createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'),
  );
  registerLetterFonts(arimoSourcesIn(arimoDir));
}

/** Renders `document`, writes `<name>.pdf` and its pages as PNGs; the PDF's path. */
export async function writeLetterPdf(name: string, document: LetterElement): Promise<string> {
  mkdirSync(pngDir, { recursive: true });
  const file = join(letterOutDir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(document));
  renderPng(runTool, file, join(pngDir, name));
  return file;
}
