// The letters' Arimo faces as the browser loads them: Vite copies the TTF files of
// @expo-google-fonts/arimo into the build and gives their URLs.
import boldItalic from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import bold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import italic from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import regular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import { registerLetterFonts } from '../../../shared/letters/fonts';

/** Call before the first render; idempotent. */
export function registerBrowserLetterFonts(): void {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  registerLetterFonts({
    regular: absolute(regular),
    bold: absolute(bold),
    italic: absolute(italic),
    boldItalic: absolute(boldItalic),
  });
}
