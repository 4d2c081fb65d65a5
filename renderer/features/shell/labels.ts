/** Every user-visible text of the app frame (header, navigation), in Bahasa Indonesia. */
export const shellLabels = {
  app: {
    name: 'Loket',
    tagline: 'Layanan Jaminan Kesehatan · Dinas Sosial / SLRT',
    skipToContent: 'Langsung ke isi',
    documentTitle: (screen: string) => `Loket · ${screen}`,
  },
  nav: {
    label: 'Menu utama',
  },
  header: {
    userLabel: 'Pengguna yang sedang masuk',
    lock: 'Kunci',
    lockHint: 'Kunci layar (Ctrl+L); pekerjaan tetap tersimpan',
    logout: 'Keluar',
  },
  routes: {
    home: { nav: 'Beranda', hint: 'Antrean', title: 'Beranda · Antrean' },
    newCase: { nav: 'Permohonan baru', hint: 'Terima berkas', title: 'Permohonan Baru' },
    approvals: {
      nav: 'Paraf & tanda tangan',
      hint: 'Draf menunggu',
      title: 'Paraf & Tanda Tangan',
    },
    outgoing: { nav: 'Surat keluar', hint: 'Ekspedisi / BNBA', title: 'Surat Keluar' },
    verify: { nav: 'Periksa surat', hint: 'Kode / QR', title: 'Periksa Keaslian Surat' },
    standards: { nav: 'Standar Pelayanan', hint: 'Katalog', title: 'Katalog Standar Pelayanan' },
    settings: { nav: 'Pengaturan', hint: 'Admin', title: 'Pengaturan' },
  },
};
