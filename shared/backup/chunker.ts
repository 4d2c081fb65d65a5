// Joining small byte pieces into chunks of a useful size, for the stream's writer and reader.

/** Byte pieces gathered and handed out joined once they reach `size` bytes. */
export function chunker(size: number) {
  let parts: Uint8Array[] = [];
  let length = 0;
  const take = () => {
    const chunk = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      chunk.set(part, offset);
      offset += part.length;
    }
    parts = [];
    length = 0;
    return chunk;
  };
  return {
    /** Adds a piece; returns a chunk when enough has gathered. */
    add(piece: Uint8Array): Uint8Array | undefined {
      parts.push(piece);
      length += piece.length;
      return length >= size ? take() : undefined;
    },
    rest: () => (length > 0 ? take() : undefined),
  };
}

/** The pieces joined to at least `size` bytes each (the last may be shorter). */
export async function* joinedChunks(
  pieces: AsyncIterable<Uint8Array>,
  size: number,
): AsyncGenerator<Uint8Array> {
  const chunks = chunker(size);
  for await (const piece of pieces) {
    const chunk = chunks.add(piece);
    if (chunk) yield chunk;
  }
  const rest = chunks.rest();
  if (rest) yield rest;
}
