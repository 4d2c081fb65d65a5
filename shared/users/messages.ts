/** Every message of `shared/users`, in Bahasa Indonesia. */
export const userMessages = {
  pin: {
    length: 'PIN harus 6 angka.',
    digitsOnly: 'PIN hanya boleh berisi angka.',
    allSame: 'PIN tidak boleh berisi satu angka yang diulang (mis. 111111).',
    sequence: 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).',
    mismatch: 'Kedua PIN tidak sama. Ketik ulang PIN yang sama.',
  },
  signIn: {
    wrongPin: (left: number) =>
      left === 1
        ? 'PIN salah. Satu kali lagi salah, akun dikunci sementara.'
        : `PIN salah. Sisa ${left} kali percobaan sebelum akun dikunci sementara.`,
    lockedNow: (attempts: number, duration: string) =>
      `PIN salah ${attempts} kali. Akun dikunci selama ${duration}.`,
    locked: (remaining: string) => `Akun dikunci sementara. Coba lagi dalam ${remaining}.`,
    inactive: 'Akun ini sudah dinonaktifkan. Hubungi admin kantor.',
    unknownUser: 'Pengguna tidak ditemukan. Pilih nama dari daftar.',
  },
  duration: {
    minutes: (n: number) => `${n} menit`,
    seconds: (n: number) => `${n} detik`,
    join: (a: string, b: string) => `${a} ${b}`,
  },
  user: {
    nameRequired: 'Nama wajib diisi.',
    nameTooShort: 'Nama terlalu pendek.',
    nameTooLong: 'Nama paling panjang 80 huruf.',
    rolesRequired: 'Pilih paling sedikit satu peran.',
    rolesDuplicate: 'Peran tidak boleh dipilih dua kali.',
    roleInvalid: 'Peran tidak dikenal.',
    positionEmpty: 'Jabatan tidak boleh kosong.',
    positionTooLong: 'Jabatan paling panjang 80 huruf.',
    positionDuplicate: 'Jabatan yang sama tercantum dua kali.',
    positionRequired:
      'Pemaraf dan penandatangan wajib punya jabatan (mis. Kepala Bidang), sesuai urutan paraf pada standar.',
    nipRequired: 'NIP wajib diisi untuk penandatangan.',
    rankRequired: 'Pangkat/golongan wajib dipilih untuk penandatangan.',
    rankInvalid: 'Pangkat/golongan tidak dikenal.',
    lastAdmin: 'Harus tetap ada paling sedikit satu admin yang aktif.',
  },
  nip: {
    length: 'NIP harus 18 angka.',
    digitsOnly: 'NIP hanya boleh berisi angka (spasi boleh).',
    birthDate: 'NIP tidak sah: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal).',
    appointment: 'NIP tidak sah: angka ke-9 s.d. 14 harus tahun dan bulan pengangkatan.',
    sex: 'NIP tidak sah: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).',
    serial: 'NIP tidak sah: 3 angka terakhir tidak boleh 000.',
  },
};
