import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import {
  arimoSourcesIn,
  letterFontFamily,
  letterFontsRegistered,
  registerLetterFonts,
} from './fonts';

describe('registerLetterFonts', () => {
  const sources = arimoSourcesIn('/fonts/arimo/');

  it('joins the four faces under the package folder', () => {
    expect(sources).toEqual({
      regular: '/fonts/arimo/400Regular/Arimo_400Regular.ttf',
      bold: '/fonts/arimo/700Bold/Arimo_700Bold.ttf',
      italic: '/fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
      boldItalic: '/fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf',
    });
  });

  it('registers Arimo once, however often it is called, and turns hyphenation off', () => {
    expect(letterFontsRegistered()).toBe(false);
    registerLetterFonts(sources);
    registerLetterFonts({ ...sources });
    expect(letterFontsRegistered()).toBe(true);
    const family = Font.getRegisteredFonts()[letterFontFamily];
    expect(family?.sources.map((source) => [source.fontWeight, source.fontStyle])).toEqual([
      [400, 'normal'],
      [700, 'normal'],
      [400, 'italic'],
      [700, 'italic'],
    ]);
    expect(Font.getHyphenationCallback()?.('kesejahteraan')).toEqual(['kesejahteraan']);
  });

  it('refuses other sources once registered', () => {
    expect(() => registerLetterFonts(arimoSourcesIn('https://cdn.example/arimo'))).toThrow(
      /already registered/,
    );
  });
});
