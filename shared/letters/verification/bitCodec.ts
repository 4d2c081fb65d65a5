// Byte ↔ text in an alphabet of 2^bits characters (base32: 5 bits, base64url: 6), without
// padding. Decoding is strict: only the canonical text of some bytes decodes, so one value
// has exactly one spelling in stored keys, claims and QR payloads.

export interface BitCodec {
  encode(bytes: Uint8Array): string;
  /** The bytes, or undefined for anything but the canonical text of some bytes. */
  decode(text: string): Uint8Array | undefined;
}

export function bitCodec(alphabet: string, bits: number): BitCodec {
  if (alphabet.length !== 2 ** bits) throw new RangeError('alphabet size must be 2^bits');
  const values = new Map([...alphabet].map((char, value) => [char, value]));
  const mask = 2 ** bits - 1;
  return {
    encode(bytes) {
      let text = '';
      let buffer = 0;
      let held = 0;
      for (const byte of bytes) {
        buffer = (buffer << 8) | byte;
        held += 8;
        while (held >= bits) {
          held -= bits;
          text += alphabet[(buffer >> held) & mask];
        }
        buffer &= (1 << held) - 1;
      }
      if (held > 0) text += alphabet[(buffer << (bits - held)) & mask];
      return text;
    },
    decode(text) {
      // A whole character of left-over bits is padding no encoder writes.
      if ((text.length * bits) % 8 >= bits) return undefined;
      const bytes = new Uint8Array(Math.floor((text.length * bits) / 8));
      let buffer = 0;
      let held = 0;
      let index = 0;
      for (const char of text) {
        const value = values.get(char);
        if (value === undefined) return undefined;
        buffer = (buffer << bits) | value;
        held += bits;
        if (held >= 8) {
          held -= 8;
          bytes[index++] = (buffer >> held) & 0xff;
          buffer &= (1 << held) - 1;
        }
      }
      // Left-over bits must be zero, or two texts would decode to the same bytes.
      return buffer === 0 ? bytes : undefined;
    },
  };
}
