import { Font } from '@react-pdf/renderer';

/** The family every letter is set in: Arimo, metric-compatible with Arial (tata naskah dinas). */
export const letterFontFamily = 'Arimo';

/**
 * Where the four Arimo TTF faces are. `shared/` cannot read files: Node passes file paths,
 * the browser passes URLs (or `data:` URLs). The files are in `@expo-google-fonts/arimo`
 * at the paths of {@link arimoFaceFiles}.
 */
export interface LetterFontSources {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The faces' paths inside the `@expo-google-fonts/arimo` package. */
export const arimoFaceFiles: LetterFontSources = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

/**
 * The four faces under the package's folder (a file path in Node, a URL in the browser),
 * joined with "/": `arimoSourcesIn('/app/node_modules/@expo-google-fonts/arimo')`.
 */
export function arimoSourcesIn(packageDir: string): LetterFontSources {
  const base = packageDir.replace(/\/+$/, '');
  return {
    regular: `${base}/${arimoFaceFiles.regular}`,
    bold: `${base}/${arimoFaceFiles.bold}`,
    italic: `${base}/${arimoFaceFiles.italic}`,
    boldItalic: `${base}/${arimoFaceFiles.boldItalic}`,
  };
}

let registered: string | undefined;

/**
 * Registers Arimo with react-pdf and turns hyphenation off (letters never break a word).
 * Idempotent: a second call with the same sources does nothing. A call with other sources
 * throws, since react-pdf would keep using the first ones.
 */
export function registerLetterFonts(sources: LetterFontSources): void {
  const key = JSON.stringify([sources.regular, sources.bold, sources.italic, sources.boldItalic]);
  if (registered === key) return;
  if (registered !== undefined) {
    throw new Error(`Letter fonts are already registered from other sources (${registered})`);
  }
  Font.register({
    family: letterFontFamily,
    fonts: [
      { src: sources.regular, fontWeight: 400, fontStyle: 'normal' },
      { src: sources.bold, fontWeight: 700, fontStyle: 'normal' },
      { src: sources.italic, fontWeight: 400, fontStyle: 'italic' },
      { src: sources.boldItalic, fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}

/**
 * Reads and parses the two faces the documents use, ahead of the first render (which then
 * takes less time); for idle time after start-up. Registration must have run.
 */
export async function preloadLetterFonts(): Promise<void> {
  await Promise.all(
    ([400, 700] as const).map((fontWeight) =>
      Font.load({ fontFamily: letterFontFamily, fontWeight }),
    ),
  );
}

/** Whether {@link registerLetterFonts} ran; rendering refuses to start without the fonts. */
export function letterFontsRegistered(): boolean {
  return registered !== undefined;
}

/**
 * The parsed Arimo face react-pdf loaded, for drawing on a canvas with the same embedded
 * font (pdfkit reuses an embedded font when the face is the same). Throws when the face is
 * not loaded yet: run {@link preloadLetterFonts} first.
 */
export function loadedLetterFont(fontWeight: 400 | 700): object {
  const data = Font.getFont({ fontFamily: letterFontFamily, fontWeight }).data;
  if (!data) throw new Error(`Arimo ${fontWeight} is not loaded: call preloadLetterFonts() first`);
  return data;
}
