// Test-only: reading poppler-utils output (pdfinfo, pdffonts, pdftotext, pdftoppm). The test
// files pass the function that runs a tool, so this file stays free of Node built-ins.

/** Runs a command-line tool and returns its standard output. */
export type RunTool = (tool: string, args: readonly string[]) => string;

export const popplerTools = ['pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm'] as const;

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  title: string;
  author: string;
  creator: string;
  producer: string;
  creationDate: string;
}

export function pdfInfo(run: RunTool, file: string): PdfInfo {
  const fields = new Map(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const;
      }),
  );
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields.get('Page size') ?? '');
  return {
    pages: Number(fields.get('Pages')),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    title: fields.get('Title') ?? '',
    author: fields.get('Author') ?? '',
    creator: fields.get('Creator') ?? '',
    producer: fields.get('Producer') ?? '',
    creationDate: fields.get('CreationDate') ?? '',
  };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** The fonts table of pdffonts: name, type, encoding, emb, sub, uni, object, generation. */
export function pdfFonts(run: RunTool, file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const emb = columns.at(-5);
      return { name: columns[0] ?? '', embedded: emb === 'yes' };
    });
}

/**
 * The text of every page in reading order and again as laid out (so "Nomor : …" reads as one
 * row), whitespace collapsed so wrapped lines read as one.
 */
export function pdfText(run: RunTool, file: string): string {
  const read = run('pdftotext', [file, '-']);
  const laidOut = run('pdftotext', ['-layout', file, '-']);
  return `${read}\n${laidOut}`.replace(/\s+/g, ' ');
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPages(run: RunTool, file: string): string[] {
  return run('pdftotext', [file, '-'])
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '));
}

/** Renders every page to `<prefix>-<n>.png` at the resolution given. */
export function renderPng(run: RunTool, file: string, prefix: string, dpi = 60): void {
  run('pdftoppm', ['-png', '-r', String(dpi), file, prefix]);
}
