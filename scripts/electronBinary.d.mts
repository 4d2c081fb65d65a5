/** The Electron binary `npm ci` downloaded, or undefined where it could not. */
export function electronBinary(): string | undefined;
