/**
 * Every user-visible text of the letter-numbering module, in Bahasa Indonesia.
 * Code elsewhere in this folder builds messages only through this catalogue.
 */

const placeholderList = '{code}, {seq}, {unit}, {year}, {month}, {romanMonth}, {serviceCode}';

type BlockDescription = { year: number; deviceId: string; start: number; end: number };

const describeBlock = ({ year, deviceId, start, end }: BlockDescription) =>
  `nomor ${start}–${end} tahun ${year} (perangkat ${deviceId})`;

export const numberingMessages = {
  settingsInvalid: 'Pengaturan penomoran surat tidak valid.',
  templateRequired: 'Format nomor surat wajib diisi, misalnya {code}/{seq}/{unit}/{year}.',
  templateUnknownPlaceholder: (name: string) =>
    `Penanda {${name}} pada format nomor surat tidak dikenal. Penanda yang dapat dipakai: ${placeholderList}.`,
  templateMissingSeq:
    'Format nomor surat harus memuat penanda {seq} (nomor urut), misalnya {code}/{seq}/{unit}/{year}.',
  templateUnbalancedBrace: (position: number) =>
    `Kurung kurawal pada format nomor surat tidak berpasangan (karakter ke-${position}).`,
  templateDuplicatePlaceholder: (name: string) =>
    `Penanda {${name}} muncul lebih dari sekali pada format nomor surat.`,
  templateAdjacentPlaceholders: (first: string, second: string) =>
    `Penanda {${first}} dan {${second}} harus dipisahkan tanda baca, misalnya "/".`,
  templateNeedsYear:
    'Format nomor surat harus memuat penanda {year} karena nomor urut dimulai ulang setiap tahun; tanpa tahun, nomor surat akan berulang.',
  classificationCodeInvalid: (code: string) =>
    `Kode klasifikasi "${code}" tidak sesuai Permendagri 83/2022. Gunakan angka bertitik, misalnya 400.9.11.`,
  unitInvalid:
    'Kode unit pengolah wajib diisi (misalnya Dinsos), paling banyak 40 karakter, tanpa kurung kurawal.',
  seqPaddingInvalid: 'Lebar nomor urut harus bilangan bulat antara 1 dan 8 digit.',
  yearlyResetInvalid: 'Pilihan mulai ulang nomor urut setiap tahun harus ya atau tidak.',
  serviceCodeMissing:
    'Format nomor surat memuat penanda {serviceCode}, tetapi kode layanan untuk surat ini belum diisi.',
  serviceCodeInvalid: (code: string) =>
    `Kode layanan "${code}" tidak valid. Gunakan huruf dan angka saja, paling banyak 20 karakter.`,
  seqInvalid: (seq: number) =>
    `Nomor urut ${seq} tidak valid; nomor urut harus bilangan bulat mulai 1.`,
  dateInvalid: (date: string) =>
    `Tanggal surat "${date}" tidak valid; gunakan tanggal kalender berbentuk TTTT-BB-HH.`,
  yearInvalid: 'Tahun penomoran surat harus bilangan bulat empat digit, misalnya 2026.',
  idRequired: 'Kode kantor dan kode perangkat wajib diisi.',
  letterNumberMismatch: (letterNumber: string, template: string) =>
    `Nomor surat "${letterNumber}" tidak sesuai format nomor surat kantor ini (${template}).`,
  letterNumberMonthConflict: (letterNumber: string) =>
    `Nomor surat "${letterNumber}" memuat dua bulan yang berbeda.`,
  numbersExhausted: (year: number) =>
    `Nomor surat untuk tahun ${year} di perangkat ini sudah habis. Sambungkan perangkat ke server untuk meminta blok nomor baru sebelum membuat surat.`,
  numbersLow: (year: number, left: number) =>
    `Sisa nomor surat tahun ${year} di perangkat ini tinggal ${left}. Sambungkan perangkat ke server agar mendapat blok nomor baru sebelum habis.`,
  blockInvalid: (start: number, end: number) =>
    `Blok nomor ${start}–${end} tidak valid; nomor awal harus bilangan bulat mulai 1 dan tidak lebih besar dari nomor akhir.`,
  blockNumbersInvalid: 'Nomor awal dan nomor akhir blok harus bilangan bulat mulai 1.',
  deviceStateInvalid:
    'Data nomor surat yang tersimpan di perangkat ini rusak; hubungi admin kantor.',
  blockSizeInvalid: (maxSize: number) =>
    `Ukuran blok nomor harus bilangan bulat 1 sampai ${maxSize.toLocaleString('id-ID')}.`,
  blocksOverlap: (first: BlockDescription, second: BlockDescription) =>
    `Blok nomor surat bertumpang tindih: ${describeBlock(first)} dan ${describeBlock(second)}. Nomor surat bisa ganda, jadi blok ini ditolak.`,
  blockForeign: (start: number, end: number) =>
    `Blok nomor ${start}–${end} milik kantor atau perangkat lain dan tidak dapat dipakai di perangkat ini.`,
};
