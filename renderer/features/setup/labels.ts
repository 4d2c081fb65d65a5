/** Every user-visible text of the first start, in Bahasa Indonesia. */
export const setupLabels = {
  title: 'Penyiapan pertama',
  intro:
    'Perangkat ini belum punya pengguna. Ikuti langkah berikut untuk menyiapkan kantor, admin dan petugas. Isian tersimpan otomatis.',
  progressLabel: 'Langkah penyiapan',
  stepOf: (n: number, total: number) => `Langkah ${n} dari ${total}`,
  steps: {
    office: 'Pilih kantor',
    letterhead: 'Kop surat',
    admin: 'Admin',
    users: 'Pengguna',
    done: 'Selesai',
  },
  back: 'Kembali',
  next: 'Lanjut',
  saving: 'Menyimpan…',
  office: {
    heading: 'Pilih kantor Anda',
    intro: 'Daftar kantor berasal dari katalog Standar Pelayanan yang dimuat aplikasi ini.',
    listLabel: 'Kantor dalam katalog',
    services: (n: number) => (n === 1 ? '1 layanan' : `${n} layanan`),
    required: 'Pilih salah satu kantor.',
  },
  letterhead: {
    heading: 'Periksa kop surat dan batas kirim',
    intro:
      'Data berikut diambil dari standar pelayanan yang diumumkan kantor. Lengkapi atau perbaiki bila perlu.',
  },
  admin: {
    heading: 'Buat akun admin',
    intro:
      'Admin mengatur profil kantor dan pengguna. Gunakan nama lengkap; PIN hanya diketahui pemilik akun.',
    name: 'Nama lengkap admin',
    pinKept:
      'PIN admin sudah diatur. Kosongkan kolom PIN untuk memakai PIN itu, atau ketik PIN baru.',
  },
  users: {
    heading: 'Tambah petugas',
    intro:
      'Tambahkan petugas front office, back office, pemaraf dan penandatangan. Pengguna lain dapat ditambahkan nanti di Pengaturan.',
    listHeading: 'Pengguna yang akan dibuat',
    listLabel: 'Pengguna yang akan dibuat',
    adminRow: 'Admin',
    none: 'Belum ada petugas. Anda dapat melanjutkan dan menambahkannya nanti.',
    formHeading: 'Petugas baru',
    add: 'Tambah pengguna',
    added: (name: string) => `${name} ditambahkan.`,
    remove: (name: string) => `Hapus ${name}`,
    removeShort: 'Hapus',
  },
  done: {
    heading: 'Periksa lalu selesaikan',
    intro: 'Setelah selesai, setiap pengguna masuk dengan nama dan PIN masing-masing.',
    office: 'Kantor',
    cutoff: 'Batas kirim data',
    cutoffDays: (days: string) => `tanggal ${days} setiap bulan`,
    accounts: 'Akun',
    signers: 'Penandatangan surat',
    noSigners:
      'Belum ada penandatangan. Surat belum dapat dibuat sampai penandatangan ditambahkan di Pengaturan.',
    finish: 'Selesai dan mulai memakai Loket',
    failed: (detail: string) => `Penyiapan belum dapat disimpan: ${detail}`,
  },
};
