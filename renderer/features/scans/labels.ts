import type { ScanProblem } from './scanRef';

/** Every user-visible text of scans and photos, in Bahasa Indonesia. */
export const scanLabels = {
  attachFile: 'Lampirkan file',
  takePhoto: 'Foto dengan kamera',
  working: 'Mengecilkan gambar…',
  remove: (name: string) => `Hapus lampiran ${name}`,
  removeShort: 'Hapus',
  open: (name: string) => `Buka lampiran ${name}`,
  size: (bytes: number) =>
    bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024).toLocaleString('id-ID')} KB`,
  pixels: (width: number, height: number) => `${width}×${height} piksel`,
  pdf: 'PDF',
  missingBytes: 'Lampiran tidak ditemukan di perangkat ini.',
  cameraPhotoName: (time: string) => `Foto kamera ${time}`,
  problems: {
    unsupported: 'File ini bukan gambar atau PDF.',
    unreadable:
      'Gambar ini tidak dapat dibuka (format tidak dikenali, misalnya HEIC). Simpan sebagai JPG atau PNG lalu coba lagi.',
    pdfTooLarge:
      'PDF ini lebih dari 300 KB. Pindai ulang dengan resolusi lebih kecil, atau pindai sebagai gambar (JPG) agar dikecilkan otomatis.',
    tooDetailed: 'Gambar ini tidak dapat dikecilkan sampai 300 KB tanpa menjadi tidak terbaca.',
  } satisfies Record<ScanProblem, string>,
  failed: 'Lampiran gagal disimpan. Coba lagi.',
  camera: {
    title: 'Foto dengan kamera',
    capture: 'Ambil foto',
    close: 'Tutup',
    starting: 'Menyalakan kamera…',
    denied:
      'Kamera tidak dapat dipakai: izin ditolak atau kamera sedang dipakai aplikasi lain. Anda tetap dapat melampirkan file.',
    none: 'Tidak ada kamera pada perangkat ini. Lampirkan file hasil pindaian.',
    hint: 'Letakkan berkas rata di meja dengan cahaya cukup, lalu tekan Ambil foto (atau Enter).',
  },
};
