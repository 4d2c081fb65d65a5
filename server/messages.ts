import type { EnrollErrorCode } from '../shared/sync/enroll';

/** What the server answers a counter in Bahasa Indonesia (the counter shows it to a person). */
export const serverMessages = {
  request: {
    malformed: 'Isi permintaan bukan JSON yang sah.',
    tooLarge: 'Isi permintaan terlalu besar.',
    unsupported: 'Jenis isi permintaan tidak didukung; kirim application/json.',
    internal: 'Terjadi kesalahan di server. Coba lagi nanti.',
  },
  enroll: {
    malformed: (details: string) => `Permintaan pendaftaran tidak sah: ${details}`,
    'unknown-code':
      'Kode pendaftaran tidak dikenal. Periksa ketikannya atau minta kode baru kepada admin kantor.',
    'code-used': 'Kode pendaftaran ini sudah dipakai. Minta kode baru kepada admin kantor.',
    'code-expired': 'Kode pendaftaran ini sudah kedaluwarsa. Minta kode baru kepada admin kantor.',
  } satisfies Record<EnrollErrorCode, unknown>,
} as const;
