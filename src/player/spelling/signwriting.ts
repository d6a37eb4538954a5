import { signSvg } from '@sutton-signwriting/font-ttf/fsw/fsw.mjs';
import fillFontUrl from '@sutton-signwriting/font-ttf/font/SuttonSignWritingFill.ttf?url';
import lineFontUrl from '@sutton-signwriting/font-ttf/font/SuttonSignWritingLine.ttf?url';

/**
 * SignWriting drawn with the Sutton SignWriting fonts (ISWA 2010): each symbol is a character
 * of the Line font (outlines) over the same character of the Fill font (the white palm), placed
 * by @sutton-signwriting/font-ttf's signSvg. The fonts ship inside the extension and are loaded
 * the first time a word is spelled: the package's own cssAppend would also name a CDN, and
 * Signet fetches nothing but dictionaries and videos.
 */
let fontsReady: Promise<void> | undefined;

export function loadSignWritingFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    [
      ['SuttonSignWritingLine', lineFontUrl],
      ['SuttonSignWritingFill', fillFontUrl],
    ].map(async ([family, url]) => {
      const face = new FontFace(family!, `url(${url})`);
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return fontsReady;
}

/** The SVG markup of one sign, sized by its container (the style "-Zx" leaves out width and height). */
export function signMarkup(fsw: string): string {
  return signSvg(`${fsw}-Zx`);
}
