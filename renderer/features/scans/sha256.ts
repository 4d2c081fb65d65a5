/** Lower-case hex sha256 of the bytes (WebCrypto): the id of a blob everywhere. */
export async function sha256Hex(data: Blob | BufferSource): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
