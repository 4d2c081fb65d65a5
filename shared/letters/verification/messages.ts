/**
 * Every user-visible text of letter verification, in Bahasa Indonesia. Code elsewhere in this
 * folder builds messages only through this catalogue. The words are "kode verifikasi" and
 * "kunci kantor": this is the office's own check, never a certified electronic signature, and no
 * text may call it one.
 */
import { formatLongDate } from '../../dates/localDate';

type ClaimSummary = { officeId: string; letterNumber: string; issuedOn: string };

const compareWithPaper =
  'Cocokkan nomor dan tanggal ini dengan yang tercetak pada surat, dan bila berkasnya ada, ' +
  'cocokkan juga NIK dan nama pemohon.';

export const verificationMessages = {
  genuine: ({ officeId, letterNumber, issuedOn }: ClaimSummary) =>
    `Surat asli: kode verifikasi cocok dengan surat nomor ${letterNumber} tanggal ` +
    `${formatLongDate(issuedOn)} dari kantor ${officeId}. ${compareWithPaper}`,
  keyRevoked: ({ officeId, issuedOn }: ClaimSummary, revokedOn: string) =>
    `Keaslian surat tidak dapat dipastikan: kunci kantor ${officeId} yang dipakai surat ini ` +
    `dicabut pada ${formatLongDate(revokedOn)}, pada atau sebelum tanggal surat ` +
    `(${formatLongDate(issuedOn)}). Hubungi kantor penerbit.`,

  signatureInvalid:
    'Isi surat telah diubah: data pada kode QR tidak cocok dengan kode verifikasi kantor. ' +
    'Jangan terima surat ini; hubungi kantor penerbit.',
  recordInvalid:
    'Isi surat telah diubah: data surat tersimpan untuk kode ini rusak atau tidak lengkap.',
  codeMismatch:
    'Isi surat telah diubah: kode surat tersimpan tidak cocok dengan kode verifikasinya.',

  qrNotLoket: 'Kode tidak dikenal: kode QR ini bukan kode verifikasi surat Loket.',
  qrVersionUnsupported:
    'Kode tidak dikenal: kode verifikasi ini memakai versi yang belum dikenal aplikasi ini. ' +
    'Perbarui aplikasi lalu periksa ulang.',
  qrMalformed:
    'Kode tidak dikenal: kode QR rusak atau tidak lengkap. Pindai ulang kode QR pada surat.',
  keyUnknown: (keyId: string) =>
    `Kode tidak dikenal: kunci kantor penerbit (ID ${keyId}) tidak ada di daftar kunci ` +
    'perangkat ini. Perbarui daftar kunci kantor, atau tanyakan ke kantor penerbit.',
  letterUnknown: (code: string) =>
    `Kode tidak dikenal: tidak ada surat dengan kode ${code} dalam data surat yang diterbitkan.`,

  codeEmpty: 'Kode surat wajib diisi, misalnya 7K3M-Q9PX-2D4A.',
  codeCharacters: (character: string) =>
    `Kode surat hanya berisi angka dan huruf (tanpa huruf U); "${character}" tidak dikenal.`,
  codeLength: (length: number) => `Kode surat terdiri dari 12 angka/huruf, yang diisi ${length}.`,
  codeMistyped: 'Kode surat salah ketik: periksa kembali setiap angka dan huruf.',

  claimInvalid: (details: string) => `Data surat untuk kode verifikasi tidak valid: ${details}`,
  officeMismatch: (keyOfficeId: string, claimOfficeId: string) =>
    `Kunci kantor ${keyOfficeId} tidak dapat dipakai untuk surat kantor ${claimOfficeId}.`,
  verifyUrlBaseFormat:
    'Alamat halaman verifikasi harus diawali https:// dan diakhiri "/", "=" atau "#".',
  keyringInvalid: (details: string) => `Daftar kunci kantor tidak valid: ${details}`,
  officeKeyInvalid: (details: string) => `Kunci kantor tidak valid: ${details}`,

  imageInvalid:
    'Gambar tidak dapat dibaca: ukuran data gambar tidak sesuai dengan lebar dan tingginya.',
  qrNotFound:
    'Kode QR tidak terbaca pada gambar. Foto ulang kode QR dengan cahaya cukup, tegak lurus, ' +
    'utuh dan tidak buram.',

  officeIdFormat: 'ID kantor harus huruf kecil, angka atau tanda hubung.',
  keyIdFormat: 'ID kunci harus 8 angka/huruf base32.',
  keyBytes: 'Kunci harus 32 byte dalam base64url.',
  keyIdMismatch: 'ID kunci tidak sesuai dengan kunci publiknya.',
  publicKeyMismatch: 'Kunci publik tidak sesuai dengan kunci rahasianya.',
  revokedBeforeCreated: 'Tanggal pencabutan kunci tidak boleh sebelum tanggal pembuatannya.',
  duplicateKeyId: (keyId: string) => `ID kunci ${keyId} muncul lebih dari sekali.`,
  letterNumberLength: 'Nomor surat harus 1–80 karakter (paling banyak 255 byte).',
  issuedOnRange: 'Tanggal surat harus tanggal yang benar antara 2000-01-01 dan 2179-06-06.',
  subjectHashFormat: 'Hash pemohon harus 16 byte dalam base64url.',
  signatureFormat: 'Kode verifikasi harus 64 byte dalam base64url.',
  letterCodeFormat: 'Kode surat harus berbentuk XXXX-XXXX-XXXX.',
};
