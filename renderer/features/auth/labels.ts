import type { StaffRole } from '../../../shared/workflow/types';

/** Staff roles as the counter calls them; used by sign-in, the shell and the settings. */
export const roleNames: Record<StaffRole, string> = {
  fo: 'Front Office',
  bo: 'Back Office',
  reviewer: 'Pemaraf',
  signer: 'Penandatangan',
  admin: 'Admin',
};

/** Every user-visible text of sign-in and the lock screen, in Bahasa Indonesia. */
export const authLabels = {
  boot: {
    loading: 'Membuka data perangkat…',
    failedTitle: 'Data perangkat tidak dapat dibaca',
    profileMissing:
      'Profil kantor pada perangkat ini hilang atau rusak, padahal akun pengguna sudah ada. Hubungi admin kantor atau pulihkan dari cadangan.',
    unreadable: (detail: string) =>
      `Basis data perangkat tidak dapat dibuka (${detail}). Tutup aplikasi lalu buka kembali; bila masih gagal, hubungi admin kantor.`,
    retry: 'Coba lagi',
  },
  login: {
    title: 'Masuk',
    pickUser: 'Pilih nama Anda',
    usersLabel: 'Daftar pengguna',
    noUsers: 'Belum ada pengguna aktif. Hubungi admin kantor.',
    otherUser: 'Pilih pengguna lain',
    pinFor: (name: string) => `PIN untuk ${name}`,
  },
  pin: {
    label: 'PIN (6 angka)',
    padLabel: 'Papan angka PIN',
    digit: (n: string) => `Angka ${n}`,
    erase: 'Hapus',
    eraseLabel: 'Hapus satu angka',
    submit: 'Masuk',
    checking: 'Memeriksa…',
    entered: (n: number) => `${n} dari 6 angka`,
    lockedBefore: 'Akun dikunci sementara karena PIN salah berulang kali.',
    lockedCountdown: (remaining: string) => `Coba lagi dalam ${remaining}.`,
  },
  lock: {
    title: 'Layar terkunci',
    body: (name: string) =>
      `Layar dikunci. Pekerjaan Anda tetap tersimpan. Ketik PIN ${name} untuk melanjutkan.`,
    switchUser: 'Keluar dan ganti pengguna',
    noUser: 'Tidak ada pengguna yang masuk.',
  },
  office: (government: string, name: string) => `${name} · ${government}`,
};
