// UTF-8 through the runtime's TextEncoder and TextDecoder: every runtime Loket runs on (Node,
// Chromium) has both, but the pure ES library shared/ compiles against does not declare them.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean },
) => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const encodeUtf8 = (text: string): Uint8Array => encoder.encode(text);

/** The text; throws a TypeError when the bytes are not valid UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);
