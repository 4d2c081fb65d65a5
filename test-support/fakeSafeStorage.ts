// A stand-in for Electron's `safeStorage` (the operating system's secret store), which cannot
// run outside Electron: it seals with a one-byte XOR key that a test can rotate or withdraw.

export function fakeSafeStorage(available = true) {
  const state = { key: 0x5a, available };
  const seal = (text: string, key: number) =>
    Buffer.from([key, ...Buffer.from(text, 'utf8').map((byte) => byte ^ key)]);
  // The shape of main/device/deviceToken.ts's SafeStorageLike (not imported: this folder is
  // shared with the browser-side tests).
  const storage = {
    isAsyncEncryptionAvailable: (): Promise<boolean> => Promise.resolve(state.available),
    encryptStringAsync: (text: string): Promise<Buffer> => Promise.resolve(seal(text, state.key)),
    decryptStringAsync: (sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> => {
      const key = sealed[0];
      if (key === undefined) return Promise.reject(new Error('empty ciphertext'));
      const result = Buffer.from(sealed.subarray(1).map((byte) => byte ^ key)).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: key !== state.key });
    },
  };
  return { storage, state };
}
