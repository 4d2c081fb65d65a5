/** Every Indonesian message of the IPC boundary, in one place. */
export const ipcMessages = {
  untrustedFrame:
    'Permintaan ditolak: hanya halaman aplikasi Loket sendiri yang boleh memakai fungsi ini.',
  invalidArguments: (details: string) => `Permintaan ditolak karena datanya tidak sah: ${details}`,
  failed: (details: string) => `Terjadi kesalahan di aplikasi desktop: ${details}`,
} as const;
