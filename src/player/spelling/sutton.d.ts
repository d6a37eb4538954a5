/** The one function Signet uses of @sutton-signwriting/font-ttf (its .mjs files ship without .d.mts). */
declare module '@sutton-signwriting/font-ttf/fsw/fsw.mjs' {
  /** An FSW sign (with an optional style string, e.g. "-Zx": no fixed size) as an SVG document of <text> in the SignWriting fonts. */
  export function signSvg(fsw: string): string;
}
