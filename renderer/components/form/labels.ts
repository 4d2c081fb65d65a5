/** Every user-visible text of the shared form fields, in Bahasa Indonesia. */
export const formLabels = {
  optional: '(tidak wajib)',
  datePlaceholder: 'HH-BB-TTTT',
  digitsTyped: (n: number, of: number) => `${n} dari ${of} digit`,
  date: {
    empty: (what: string) => `${what} wajib diisi.`,
    format: (what: string) => `${what}: tulis sebagai HH-BB-TTTT, misalnya 07-03-1985.`,
    impossible: (what: string) => `${what}: tanggal ini tidak ada di kalender.`,
    future: (what: string) => `${what} tidak boleh setelah hari ini.`,
  },
};
