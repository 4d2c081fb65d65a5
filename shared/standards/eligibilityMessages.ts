const statusWords = { active: 'aktif', nonActive: 'non-aktif' } as const;

/** Indonesian texts of the eligibility findings. */
export const eligibilityMessages = {
  registryNotChecked: (registries: string) => `Pengecekan ${registries} belum dicatat.`,
  registryNotAccepted: (name: string, registries: string) =>
    `Pengecekan dicatat pada ${name}, sedangkan standar ini memakai ${registries}.`,
  listed: (name: string) => `Terdaftar pada ${name}.`,
  notListed: (name: string) => `Tidak terdaftar pada ${name}.`,
  decileUnknown: (max: number) => `Desil belum dicatat (batas desil ${max}).`,
  decileOk: (decile: number, max: number) => `Desil ${decile}, dalam batas desil ${max}.`,
  decileTooHigh: (decile: number, max: number) => `Desil ${decile} melebihi batas desil ${max}.`,
  segmentUnknown: (segments: string) =>
    `Segmen kepesertaan BPJS belum dicatat (harus ${segments}).`,
  segmentOk: (segment: string) => `Segmen kepesertaan ${segment}.`,
  segmentNotCovered: (segment: string, segments: string) =>
    `Segmen kepesertaan ${segment} tidak dilayani; standar ini untuk ${segments}.`,
  statusUnknown: 'Status kepesertaan BPJS belum dicatat.',
  statusOk: (status: keyof typeof statusWords) => `Status kepesertaan BPJS ${statusWords[status]}.`,
  statusWrong: (status: keyof typeof statusWords) =>
    `Status kepesertaan BPJS harus ${statusWords[status]}.`,
  nonActiveUnknown: 'Lama non-aktif belum dicatat.',
  nonActiveOk: (months: number, limit: number) =>
    `Non-aktif ${months} bulan, kurang dari ${limit} bulan.`,
  nonActiveTooLong: (months: number, limit: number) =>
    `Non-aktif ${months} bulan; standar ini hanya untuk yang non-aktif kurang dari ${limit} bulan.`,
  newbornUnknown: 'Belum dicatat apakah yang bersangkutan bayi baru lahir.',
  newbornOk: 'Bayi baru lahir.',
  notNewborn: 'Yang bersangkutan bukan bayi baru lahir.',
} as const;
