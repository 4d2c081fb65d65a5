// The one catalogue of user-visible validation messages (Bahasa Indonesia), keyed by issue code.
import type { RegionLevel } from './regionCode';
import type { IssueCode, IssueParams, Sex } from './types';

const regionLevelNames: Record<RegionLevel, string> = {
  province: 'provinsi',
  regency: 'kabupaten/kota',
  district: 'kecamatan',
  village: 'desa/kelurahan',
};

const sexNames: Record<Sex, string> = {
  male: 'laki-laki',
  female: 'perempuan',
};

const regionUnknown = (document: string, [{ code, level }]: IssueParams['nik.regionUnknown']) =>
  `Kode wilayah ${code} (${regionLevelNames[level]}) pada ${document} tidak ada di tabel wilayah. ` +
  'Periksa kembali; kode wilayah bisa berubah karena pemekaran.';

export const messages: { [C in IssueCode]: (...params: IssueParams[C]) => string } = {
  'nik.required': () => 'NIK wajib diisi.',
  'nik.notDigits': () => 'NIK hanya boleh berisi angka.',
  'nik.length': ({ length }) => `NIK harus 16 digit, yang diisi ${length} digit.`,
  'nik.birthDateInvalid': ({ digits }) =>
    `Digit 7–12 NIK (${digits}) bukan tanggal lahir yang mungkin. Periksa kembali NIK.`,
  'nik.serialZero': () => 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000.',
  'nik.sexMismatch': ({ nikSex }) =>
    `Jenis kelamin tidak sesuai dengan NIK: menurut NIK, pemiliknya ${sexNames[nikSex]}.`,
  'nik.birthDateMismatch': ({ nikDate }) =>
    `Tanggal lahir tidak sesuai dengan NIK: menurut NIK, tanggal lahirnya ${nikDate} (HH-BB-TT).`,
  'nik.regionUnknown': (...params) => regionUnknown('NIK', params),

  'kk.required': () => 'Nomor KK wajib diisi.',
  'kk.notDigits': () => 'Nomor KK hanya boleh berisi angka.',
  'kk.length': ({ length }) => `Nomor KK harus 16 digit, yang diisi ${length} digit.`,
  'kk.issueDateInvalid': ({ digits }) =>
    `Digit 7–12 Nomor KK (${digits}) bukan tanggal terbit yang mungkin. Periksa kembali Nomor KK.`,
  'kk.issueDateFuture': ({ digits }) =>
    `Tanggal terbit pada Nomor KK (${digits}) belum lewat. Periksa kembali Nomor KK.`,
  'kk.serialZero': () => 'Nomor urut KK (4 digit terakhir) tidak boleh 0000.',
  'kk.regionUnknown': (...params) => regionUnknown('Nomor KK', params),

  'bpjs.required': () => 'Nomor kartu BPJS Kesehatan wajib diisi.',
  'bpjs.notDigits': () => 'Nomor kartu BPJS Kesehatan hanya boleh berisi angka.',
  'bpjs.length': ({ length }) =>
    `Nomor kartu BPJS Kesehatan harus 13 digit, yang diisi ${length} digit.`,

  'phone.required': () => 'Nomor telepon wajib diisi.',
  'phone.invalidCharacters': () =>
    'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, tanda kurung, titik, dan + di depan.',
  'phone.invalid': () =>
    'Nomor telepon tidak valid. Contoh yang benar: 0812-3456-7890 atau (021) 555-1234.',
  'phone.notIndonesian': () => 'Nomor telepon harus nomor Indonesia (+62).',
  'phone.notPersonal': () =>
    'Nomor ini bukan nomor HP atau telepon rumah/kantor (misalnya nomor bebas pulsa atau premium).',
};
