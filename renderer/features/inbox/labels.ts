/** Every user-visible text of the Paraf & tanda tangan screen, in Bahasa Indonesia. */
export const inboxLabels = {
  heading: 'Menunggu paraf atau tanda tangan Anda',
  count: (n: number) => (n === 0 ? 'Tidak ada yang menunggu' : `${n} konsep surat menunggu`),
  positions: (names: string) => `Jabatan Anda: ${names}`,
  noPositions:
    'Akun Anda belum mencantumkan jabatan; minta admin kantor melengkapinya agar paraf dapat diberikan.',
  listLabel:
    'Konsep surat yang menunggu. Panah atas/bawah untuk berpindah, P untuk paraf atau tanda tangan, K untuk mengembalikan, Enter untuk membuka berkas.',
  empty: {
    title: 'Semua sudah beres',
    body: 'Tidak ada konsep surat yang menunggu paraf atau tanda tangan Anda.',
  },
  loading: 'Memuat…',
  loadError: (message: string) => `Daftar tidak dapat dimuat: ${message}`,
  kinds: {
    paraf: 'Paraf',
    sign: 'Tanda tangan',
  },
  approve: {
    paraf: 'Paraf',
    sign: 'Tanda tangani',
  },
  keys: 'Panah atas/bawah: pindah · P: paraf/tanda tangani · K: kembalikan · Enter: buka berkas',
  approveKey: 'P',
  sendBack: 'Kembalikan',
  sendBackKey: 'K',
  open: 'Buka berkas',
  nik: 'NIK',
  noNik: 'Belum ber-NIK',
  waitingSince: (when: string) => `menunggu sejak ${when}`,
  parafsGiven: (names: string) => `Sudah diparaf: ${names}`,
  working: 'Menyimpan…',
  done: {
    paraf: (name: string) => `Paraf diberikan: ${name}.`,
    sign: (name: string) => `Surat ditandatangani: ${name}.`,
    sendBack: (name: string) => `Konsep dikembalikan ke penyusun: ${name}.`,
  },
  failed: (name: string, message: string) => `${name}: ${message}`,
  noSession: 'Sesi tidak lengkap: masuk kembali untuk melanjutkan.',
};
