// A small strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line
// breaks; rows end with LF or CRLF; a final line break is optional. Anything malformed
// (stray quote, unterminated quote, lone CR) throws with the line number.

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position;) {
    line += 1;
    index = text.indexOf('\n', index + 1);
  }
  return line;
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let position = start + 1;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote === -1)
      throw new SyntaxError(`CSV: unterminated quote on line ${lineAt(text, start)}`);
    value += text.slice(position, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1 };
    value += '"';
    position = quote + 2;
  }
}

const plainField = /[^,\r\n]*/y;

function readPlain(text: string, start: number): { value: string; end: number } {
  plainField.lastIndex = start;
  const value = plainField.exec(text)?.[0] ?? '';
  const end = start + value.length;
  if (value.includes('"')) throw new SyntaxError(`CSV: stray quote on line ${lineAt(text, start)}`);
  return { value, end };
}

export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let position = 0;
  while (position < text.length || row.length > 0) {
    const { value, end } =
      text[position] === '"' ? readQuoted(text, position) : readPlain(text, position);
    row.push(value);
    const next = text[end];
    if (next === ',') {
      position = end + 1;
      continue;
    }
    if (next === '\n') position = end + 1;
    else if (next === '\r' && text[end + 1] === '\n') position = end + 2;
    else if (next === undefined) position = end;
    else
      throw new SyntaxError(`CSV: unexpected character after field on line ${lineAt(text, end)}`);
    rows.push(row);
    row = [];
  }
  return rows;
}

/** Rows as objects keyed by `columns`, which must be exactly the header (in any order). */
export function parseCsvRecords<C extends string>(
  text: string,
  columns: readonly C[],
): Array<Record<C, string>> {
  const [header = [], ...rows] = parseCsv(text);
  const missing = columns.filter((column) => !header.includes(column));
  if (missing.length > 0 || header.length !== columns.length) {
    throw new SyntaxError(`CSV: expected columns ${columns.join(',')}, got ${header.join(',')}`);
  }
  const positions = columns.map((column) => [column, header.indexOf(column)] as const);
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new SyntaxError(
        `CSV: row ${index + 2} has ${row.length} fields, expected ${header.length}`,
      );
    }
    // fromEntries loses the key type; every column is set here.
    return Object.fromEntries(
      positions.map(([column, position]) => [column, row[position] ?? '']),
    ) as Record<C, string>;
  });
}
