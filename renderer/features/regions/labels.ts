import type { RegionLevel } from '../../../shared/validate';

/** Every user-visible text of the region picker, in Bahasa Indonesia. */
export const regionLabels = {
  levels: {
    province: 'Provinsi',
    regency: 'Kabupaten/kota',
    district: 'Kecamatan',
    village: 'Desa/kelurahan',
  } satisfies Record<RegionLevel, string>,
  placeholder: 'Ketik untuk mencari…',
  chooseParentFirst: {
    province: '',
    regency: 'Pilih provinsi dulu',
    district: 'Pilih kabupaten/kota dulu',
    village: 'Pilih kecamatan dulu',
  } satisfies Record<RegionLevel, string>,
  noMatch: (query: string) => `Tidak ada yang cocok dengan “${query}”.`,
  count: (shown: number, total: number) =>
    shown === total ? `${total} pilihan` : `${shown} dari ${total} pilihan`,
  hint: 'Ketik nama atau kode, pilih dengan ↑ ↓ lalu Enter atau Tab.',
  loading: 'Memuat daftar wilayah…',
  loadFailed: 'Daftar wilayah tidak dapat dimuat.',
  retry: 'Coba lagi',
};
