// Advance widths of Arimo (metric-compatible with Arial) for U+0020–U+017F, in thousandths of
// an em, two base-36 digits per character ("zz": no glyph). Read from the TTF files of
// @expo-google-fonts/arimo 0.4.2 with fontkit (glyph advance × 1000 / unitsPerEm); U+00A0,
// which crashes fontkit in these files, is given the width of the space.

const decode = (table: string): number[] =>
  Array.from({ length: table.length / 2 }, (_, i) => {
    const pair = table.slice(i * 2, i * 2 + 2);
    return pair === 'zz' ? -1 : parseInt(pair, 36);
  });

const first = 0x20;
const widths = {
  regular: decode(
    '7q7q9vfgfgopij5b9999atg87q997q7qfgfgfgfgfgfgfgfgfgfg7q7qg8g8g8fgs7ijijk2k2ijgzlmk27qdwijfgn5k2lmijlmk2ijgzk2ijq8ijijgz7q7q7qd1fg99fgfgdwfgfg7qfgfg6666dw66n5fgfgfgfg99dw7qfgdwk2dwdwdw9a789ag8zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz7q99fgfgfgfg78fg99khaafgg899khfcb4f9999999g0ex999999a5fgn6n6n6gzijijijijijijrsk2ijijijij7q7q7q7qk2k2lmlmlmlmlmg8lmk2k2k2k2ijijgzfgfgfgfgfgfgopdwfgfgfgfg7q7q7q7qfgfgfgfgfgfgfgf9gzfgfgfgfgdwfgdwijfgijfgijfgk2dwk2dwk2dwk2dwk2h3k2fgijfgijfgijfgijfgijfglmfglmfglmfglmfgk2fgk2fg7q7q7q7q7q7q7q667q7qkfccdw66ijdwdwfg66fg66fg84fg9afg66k2fgk2fgk2fggsk3fglmfglmfglmfgrsq8k299k299k299ijdwijdwijdwijdwgz7qgzafgz7qk2fgk2fgk2fgk2fgk2fgk2fgq8k2ijdwijgzdwgzdwgzdw66',
  ),
  bold: decode(
    '7q99d6fgfgopk26m9999atg87q997q7qfgfgfgfgfgfgfgfgfgfg9999g8g8g8gzr3k2k2k2k2ijgzlmk27qfgk2gzn5k2lmijlmk2ijgzk2ijq8ijijgz997q99g8fg99fggzfggzfg99gzgz7q7qfg7qopgzgzgzgzatfg99gzfglmfgfgdwat7satg8zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz7q99fgfgfgfg7sfg99khaafgg899khfcb4f9999999gofg999999a5fgn6n6n6gzk2k2k2k2k2k2rsk2ijijijij7q7q7q7qk2k2lmlmlmlmlmg8lmk2k2k2k2ijijgzfgfgfgfgfgfgopfgfgfgfgfg7q7q7q7qgzgzgzgzgzgzgzf9gzgzgzgzgzfggzfgk2fgk2fgk2fgk2fgk2fgk2fgk2fgk2jzk2gzijfgijfgijfgijfgijfglmgzlmgzlmgzlmgzk2gzk2gz7q7q7q7q7q7q7q7q7q7qltfgfg7qk2fgfggz7qgz7qgzapgzdbgz7qk2gzk2gzk2gzjok3gzlmgzlmgzlmgzrsq8k2atk2atk2atijfgijfgijfgijfggz99gzdbgz99k2gzk2gzk2gzk2gzk2gzk2gzq8lmijfgijgzdwgzdwgzdw7q',
  ),
};

/** Characters outside the table: wider than any Latin letter, so estimates stay on the safe side. */
const unknownWidth = 1000;

/** The width of a text in points, without kerning. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? widths.bold : widths.regular;
  let total = 0;
  for (const char of text) {
    const width = table[(char.codePointAt(0) ?? 0) - first] ?? -1;
    total += width < 0 ? unknownWidth : width;
  }
  return (total * fontSize) / 1000;
}

export interface WrapOptions {
  bold?: boolean;
  /** Codes (letter numbers) may also break after a "/", as BreakableCode does. */
  slashBreaks?: boolean;
}

/** A word wider than the column, cut by characters into pieces that fit. */
function cutWord(word: string, width: number, fontSize: number, bold?: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && textWidth(piece + char, fontSize, bold) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/**
 * A text broken into the lines of a column, greedily at spaces (and after "/" with
 * `slashBreaks`); a word wider than the column is cut by characters. Empty text is one
 * empty line. The painted tables draw exactly these lines.
 */
export function wrapLines(
  text: string,
  width: number,
  fontSize: number,
  options: WrapOptions = {},
): string[] {
  const { bold } = options;
  if (text.trim() === '') return [''];
  const tokens = text
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) =>
      (options.slashBreaks ? word.split(/(?<=\/)/) : [word]).map((piece, i) => ({
        piece,
        spaced: i === 0,
      })),
    );
  const lines: string[] = [];
  let line = '';
  for (const { piece, spaced } of tokens) {
    const joined = line === '' ? piece : `${line}${spaced ? ' ' : ''}${piece}`;
    if (textWidth(joined, fontSize, bold) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    if (textWidth(piece, fontSize, bold) <= width) {
      line = piece;
      continue;
    }
    const cut = cutWord(piece, width, fontSize, bold);
    lines.push(...cut.slice(0, -1));
    line = cut.at(-1) ?? '';
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * How many lines a text takes in a column (see {@link wrapLines}). react-pdf breaks lines
 * with Knuth–Plass, which may take a line more than this greedy fill; callers that estimate
 * react-pdf's layout keep a safety margin.
 */
export function lineCount(
  text: string,
  width: number,
  fontSize: number,
  options: WrapOptions = {},
): number {
  return wrapLines(text, width, fontSize, options).length;
}
