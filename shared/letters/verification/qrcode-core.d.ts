// The pure encoder of the `qrcode` package (no canvas, no file system). Its own types
// (@types/qrcode) describe only the package root, which pulls in Node's types; shared/ must
// type-check without them.
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' },
  ): { version: number; modules: { size: number; data: Uint8Array } };
}
