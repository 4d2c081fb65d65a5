import type { LetterKind } from '../../../shared/standards/schema';

/** Every text of the letter panel and the verification screen, in Bahasa Indonesia. */
export const letterLabels = {
  /** Printed in the preview where the number will stand. */
  previewNumber: '(nomor diberikan saat surat diterbitkan)',
  blocked: {
    closed: 'Kasus sudah selesai; surat tidak dapat diterbitkan lagi.',
    returned: 'Berkas masih dikembalikan kepada pemohon.',
    noSigner: (positions: readonly string[]) =>
      `Belum ada penandatangan (${positions.join(' / ') || 'pejabat'}) di profil kantor. Tambahkan di Pengaturan › Profil kantor.`,
  },
  panel: {
    heading: 'Surat',
    intro:
      'Pratinjau surat sesuai standar pelayanan kasus ini, lalu terbitkan untuk diberi nomor dan dicetak.',
    preview: 'Pratinjau surat',
    previewing: 'Menyusun pratinjau…',
    closePreview: 'Tutup pratinjau',
    previewTitle: 'Pratinjau surat (belum bernomor)',
    signer: 'Penandatangan',
    issue: 'Terbitkan surat',
    issuing: 'Menerbitkan…',
    issued: 'Surat terbit',
    number: 'Nomor surat',
    date: 'Tanggal',
    addressee: 'Kepada',
    code: 'Kode verifikasi',
    signedBy: 'Penandatangan',
    fingerprint: 'Sidik berkas (SHA-256)',
    print: 'Cetak surat',
    copies: 'Jumlah salinan',
    download: 'Unduh PDF',
    localBlock: (left: number) =>
      `Nomor diambil dari blok nomor perangkat ini (sisa ${left}). Hubungkan perangkat ke server sebelum perangkat lain menerbitkan surat kantor ini.`,
    pdfAltered:
      'Berkas PDF surat di perangkat ini tidak sama dengan yang diterbitkan (sidik berbeda). Jangan dicetak; hubungi admin kantor.',
    issueFailed: 'Surat belum diterbitkan:',
    archiveWaiting: (problem: string) => `Surat belum masuk folder arsip: ${problem}`,
  },
  print: {
    sent: (printer: string) => `Dikirim ke printer ${printer}.`,
    cancelled: 'Pencetakan dibatalkan.',
  },
  pdf: {
    making: 'Menyusun PDF…',
    /** The job's name in the print queue, per kind. */
    jobTitle: {
      rekomendasiPbpuPemda: 'Surat rekomendasi PBPU Pemda',
      rekomendasiApbd: 'Surat rekomendasi APBD',
      rekomendasiJkss: 'Surat rekomendasi JKSS',
      keteranganReaktivasi: 'Surat keterangan reaktivasi',
      rekomendasiBayiBaruLahir: 'Surat rekomendasi bayi baru lahir',
      rekomendasiReaktivasi: 'Surat rekomendasi reaktivasi',
      tandaTerimaBerkas: 'Tanda terima berkas',
      bukuEkspedisi: 'Buku ekspedisi',
      rekapBnba: 'Rekap BNBA',
      posterStandar: 'Poster standar pelayanan',
    } satisfies Record<LetterKind, string>,
    failed: (detail: string) => `PDF tidak dapat dibuat (${detail}). Coba lagi.`,
  },
  month: {
    intro:
      'Surat yang diterbitkan kantor ini dalam satu bulan. Cetak buku ekspedisi untuk pengantaran surat, dan rekap BNBA (by name by address) untuk BPJS Kesehatan.',
    month: 'Bulan',
    service: 'Layanan',
    allServices: 'Semua layanan',
    signer: 'Penandatangan rekap BNBA',
    noSigner: 'Tanpa tanda tangan',
    dispatchBook: (paper: string) => `Cetak buku ekspedisi (${paper})`,
    bnba: (paper: string) => `Cetak rekap BNBA (${paper})`,
    loading: 'Memuat surat…',
    loadFailed: (detail: string) => `Daftar surat tidak dapat dibaca (${detail}).`,
    empty: 'Belum ada surat yang diterbitkan pada bulan ini.',
    count: (n: number) => `${n} surat`,
    columns: ['No.', 'Tanggal', 'Nomor surat', 'Kepada', 'Perihal', 'Atas nama'],
    personMissing: '(data pemohon tidak ada di perangkat ini)',
    caseMissing:
      'Data kasus atau pemohon sebagian surat bulan ini tidak ada di perangkat ini, jadi rekap BNBA belum dapat dibuat. Sinkronkan perangkat lalu ulangi.',
  },
  poster: {
    print: (paper: string) => `Cetak poster PDF (${paper})`,
  },
  receipt: {
    print: {
      returned: (paper: string) => `Cetak PDF (${paper})`,
      received: (paper: string) => `Cetak tanda terima berkas (${paper})`,
    },
  },
  verify: {
    intro:
      'Periksa apakah surat benar diterbitkan kantor ini: ketik kode verifikasi yang tercetak di surat, atau pilih foto kode QR surat. Pemeriksaan berjalan tanpa internet.',
    codeLabel: 'Kode verifikasi',
    checkCode: 'Periksa kode',
    photoLabel: 'Foto kode QR surat',
    checking: 'Memeriksa…',
    photoUnreadable: (detail: string) => `Foto tidak dapat dibaca (${detail}). Pilih foto lain.`,
    status: {
      genuine: 'Surat asli',
      revoked: 'Keaslian tidak dapat dipastikan',
      altered: 'Isi surat telah diubah',
      unknown: 'Tidak dikenal',
    },
    notAnESignature:
      'Kode verifikasi ini adalah pemeriksaan milik kantor, bukan tanda tangan elektronik tersertifikasi.',
  },
  errors: {
    noSession: 'Sesi berakhir atau katalog standar tidak dapat dibaca. Masuk kembali lalu ulangi.',
    caseMissing: 'Kasus tidak ditemukan di perangkat ini.',
    signerMissing: 'Pilih penandatangan dari daftar penandatangan di profil kantor.',
    numberContention:
      'Nomor surat sedang dipakai jendela lain. Tutup jendela Loket yang lain lalu coba lagi.',
    notLoaded: (detail: string) =>
      `Bagian pembuat surat tidak dapat dimuat dari server aplikasi (${detail}). Periksa sambungan, lalu coba lagi; bila masih gagal, muat ulang halaman (F5).`,
  },
} as const;
