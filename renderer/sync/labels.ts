// Everything the sync status, the sync panel and enrolment show, in Indonesian.
const timeFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const count = new Intl.NumberFormat('id-ID');

export const syncLabels = {
  status: {
    notEnrolled: 'Belum terhubung ke server',
    never: 'Belum pernah sinkron',
    lastSuccess: (iso: string) => `Sinkron terakhir ${timeFormat.format(new Date(iso))}`,
    waiting: (ops: number) => (ops === 0 ? 'semua terkirim' : `${count.format(ops)} menunggu`),
    sending: (sent: number, total: number) =>
      `Mengirim ${count.format(sent)} dari ${count.format(total)}`,
    uploading: (sent: number, total: number) =>
      `Mengunggah berkas ${count.format(sent)} dari ${count.format(total)}`,
    receiving: (records: number) => `Mengunduh ${count.format(records)} data`,
    starting: 'Menyambung ke server…',
    failed: 'Sinkronisasi gagal',
    nextAttempt: (iso: string) => `Dicoba lagi ${timeFormat.format(new Date(iso))}`,
    rejected: (ops: number) => `${count.format(ops)} perubahan ditolak server`,
    clockOff: (minutes: number) =>
      `Jam perangkat ini selisih ${count.format(minutes)} menit dari server. Betulkan jam Windows; sinkronisasi tetap berjalan.`,
    numbersLow: (left: number) =>
      left === 0
        ? 'Nomor surat perangkat ini habis. Sambungkan ke server untuk blok nomor baru.'
        : `Nomor surat perangkat ini tinggal ${count.format(left)}. Sambungkan ke server untuk blok nomor baru.`,
    syncNow: 'Sinkronkan sekarang',
    region: 'Status sinkronisasi',
  },
  panel: {
    heading: 'Sinkronisasi dengan server kantor',
    intro:
      'Perangkat yang terhubung mengirim perubahan ke server kantor dan menerima perubahan dari loket lain, setiap kali ada sambungan.',
    enrolled: (label: string, deviceId: string) => `Terdaftar sebagai “${label}” (${deviceId}).`,
    server: 'Alamat server kantor',
    serverHint: 'Contoh: https://loket.mentawaikab.go.id. Tanyakan kepada admin kantor.',
    code: 'Kode pendaftaran dari admin kantor',
    codeHint: 'Contoh: ABCD-EFGH-JKMN. Kode hanya berlaku sekali.',
    label: 'Nama perangkat ini',
    labelHint: 'Misalnya “Loket 1 SLRT”.',
    enrol: 'Daftarkan perangkat',
    enrolling: 'Mendaftarkan…',
    enrolled_ok: 'Perangkat terdaftar. Sinkronisasi dimulai.',
    rejectedHeading: 'Perubahan yang ditolak server',
    rejectedIntro:
      'Perubahan ini tidak berlaku di server. Periksa alasannya dan ulangi dengan data yang benar bila perlu.',
    rejectedEmpty: 'Tidak ada perubahan yang ditolak.',
    bundleHeading: 'Sinkronisasi lewat flashdisk',
    bundleIntro:
      'Tanpa sambungan: simpan bundel ke flashdisk, bawa ke kantor (server mengimpornya), lalu baca bundel balasannya di sini.',
    bundleSave: 'Simpan bundel untuk flashdisk',
    bundleOpen: 'Baca bundel balasan dari kantor',
    relayIntro:
      'Loket lain datang dengan flashdisk? Teruskan bundelnya ke server lewat loket ini, lalu simpan bundel balasannya ke flashdisk yang sama.',
    relayOpen: 'Teruskan bundel loket lain',
    relayFileName: (deviceId: string, at: Date) =>
      `balasan-${deviceId.slice(0, 8)}-${at.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.loketsync`,
    relayed:
      'Bundel diteruskan ke server. Bundel balasannya sudah disimpan: bawa kembali ke loket asalnya dan baca di sana.',
    bundleFileName: (label: string, at: Date) =>
      `loket-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${at.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.loketsync`,
    bundleSaved: (ops: number, blobs: number) =>
      `Bundel tersimpan: ${count.format(ops)} perubahan dan ${count.format(blobs)} berkas pindaian.`,
    bundleRead: (answered: number, rejected: number, records: number) =>
      `Bundel balasan dibaca: ${count.format(answered)} perubahan dijawab (${count.format(rejected)} ditolak), ${count.format(records)} data diterima.`,
    op: (type: string, time: string) => `${type}, ${timeFormat.format(new Date(time))}`,
  },
  join: {
    offer: 'Kantor ini sudah memakai Loket? Hubungkan perangkat ini',
    heading: 'Hubungkan ke kantor yang sudah memakai Loket',
    intro:
      'Masukkan kode pendaftaran dari admin kantor. Perangkat akan mengunduh data kantor; setelah itu petugas masuk dengan PIN masing-masing.',
    back: 'Kembali ke penyiapan baru',
    downloading: (records: number) => `Mengunduh data kantor: ${count.format(records)} data`,
    done: 'Data kantor sudah diunduh.',
    noOffice:
      'Kantor ini belum disiapkan di server. Siapkan dulu di perangkat pertama, sinkronkan, lalu ulangi di sini.',
  },
  bundle: {
    notABundle: 'Berkas ini bukan bundel sinkronisasi Loket, atau isinya rusak.',
    tooNew: 'Bundel ini dibuat oleh Loket versi yang lebih baru. Perbarui aplikasi lebih dulu.',
    badSignature:
      'Tanda tangan bundel tidak cocok: berkas telah diubah atau bukan untuk perangkat ini.',
    wrongKind:
      'Ini bundel keluar dari loket; yang dibaca di sini adalah bundel balasan dari server.',
    otherDevice: 'Bundel balasan ini untuk perangkat atau kantor lain.',
    relayReturn:
      'Ini bundel balasan; yang diteruskan ke server adalah bundel keluar dari loket lain.',
    relayOtherOffice: (officeId: string) =>
      `Bundel ini milik kantor lain (${officeId}); loket ini hanya meneruskan bundel kantornya sendiri.`,
    relayTooLarge:
      'Bundel ini terlalu besar untuk diteruskan lewat loket; bawa ke kantor untuk diimpor dengan perintah server.',
  },
  blobs: {
    notHere:
      'Berkasnya dibuat di loket lain dan belum ada di perangkat ini; perangkat ini belum terhubung ke server kantor untuk mengunduhnya.',
    notFetched: (reason: string) =>
      `Berkasnya dibuat di loket lain dan belum ada di perangkat ini; belum dapat diunduh dari server: ${reason}`,
    altered:
      'Berkas dari server tidak cocok dengan sidik yang tercatat; tidak disimpan. Hubungi admin kantor.',
  },
  enrol: {
    codeInvalid: 'Kode pendaftaran harus 12 huruf/angka, misalnya ABCD-EFGH-JKMN.',
    labelMissing: 'Isi nama perangkat ini.',
    serverInvalid:
      'Alamat server harus lengkap dengan http:// atau https://, misalnya https://loket.mentawaikab.go.id.',
    noToken:
      'Token perangkat ini tidak ada di peramban ini. Daftarkan ulang dengan kode pendaftaran baru dari admin kantor.',
    already: 'Perangkat ini sudah terdaftar.',
    unreachable: 'Server kantor tidak dapat dihubungi. Periksa sambungan, lalu coba lagi.',
    refused: (status: number) => `Server menolak pendaftaran (kode ${status}).`,
    otherOffice: (officeId: string) =>
      `Kode ini untuk kantor lain (${officeId}). Minta kode untuk kantor Anda kepada admin.`,
  },
} as const;
