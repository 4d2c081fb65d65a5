/** Every Indonesian label of the application menu and its About box, in one place. */
export const menuMessages = {
  file: 'Berkas',
  quit: 'Keluar',
  edit: 'Sunting',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih Semua',
  view: 'Tampilan',
  reload: 'Muat Ulang',
  devTools: 'Alat Pengembang',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  resetZoom: 'Ukuran Asli',
  fullScreen: 'Layar Penuh',
  help: 'Bantuan',
  about: 'Tentang Loket',
  aboutDetail: (version: string) =>
    `Versi ${version}\nAplikasi loket surat rekomendasi BPJS Kesehatan untuk Dinas Sosial dan SLRT.`,
  close: 'Tutup',
} as const;
