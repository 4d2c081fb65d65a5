/**
 * Every user-visible text of the workflow and SLA engine, in Bahasa Indonesia.
 * Code elsewhere in this folder builds messages only through this catalogue.
 */
import type { FactName } from '../standards/conditions';
import type { CaseStatus, StaffRole, WorkflowEventType } from './types';

export const roleNames: Record<StaffRole, string> = {
  fo: 'petugas front office',
  bo: 'petugas back office',
  reviewer: 'pejabat pemberi paraf',
  signer: 'pejabat penanda tangan',
  admin: 'admin kantor',
};

export const statusLabels: Record<CaseStatus, string> = {
  open: 'Dalam proses',
  returned: 'Berkas dikembalikan kepada pemohon',
  accepted: 'Diterima BPJS Kesehatan',
  rejected: 'Ditolak BPJS Kesehatan',
  referred: 'Dirujuk ke instansi lain',
  declined: 'Tidak memenuhi syarat',
  cancelled: 'Dibatalkan pemohon',
};

export const eventLabels: Record<WorkflowEventType | 'open', string> = {
  open: 'Kasus dibuka',
  complete: 'Langkah selesai',
  recordFacts: 'Data kasus dicatat',
  returnPapers: 'Berkas dikembalikan untuk dilengkapi',
  resubmit: 'Berkas dilengkapi dan diserahkan kembali',
  refer: 'Pemohon dirujuk',
  sendBack: 'Konsep surat dikembalikan untuk diperbaiki',
  decline: 'Dinyatakan tidak memenuhi syarat',
  recordOutcome: 'Hasil dari BPJS Kesehatan/Dinas Kesehatan dicatat',
  cancel: 'Permohonan dibatalkan',
};

export const slaStatusLabels = {
  onTrack: 'Sesuai waktu',
  dueSoon: 'Mendekati batas waktu',
  overdue: 'Melewati batas waktu',
  noTarget: 'Tanpa target waktu',
} as const;

export const factLabels: Record<FactName, string> = {
  'papers.complete': 'kelengkapan berkas',
  'registry.name': 'nama basis data kesejahteraan (DTKS/DTSEN)',
  'registry.listed': 'status terdaftar di DTKS/DTSEN',
  'registry.decile': 'desil DTSEN',
  'registry.dataMatches': 'kesesuaian data pemohon dengan basis data',
  'bpjs.segment': 'segmen kepesertaan BPJS Kesehatan',
  'bpjs.status': 'status kepesertaan BPJS Kesehatan',
  'bpjs.nonActiveMonths': 'lama nonaktif kepesertaan BPJS Kesehatan (bulan)',
  'family.scheme': 'skema jaminan kesehatan keluarga (PBI-JK atau JKSS)',
  'subject.isNewborn': 'status bayi baru lahir',
  'faskes.letterPresent': 'ada/tidaknya surat keterangan dari faskes',
};

const either = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} atau ${items.at(-1)}`;
const both = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;

export const workflowMessages = {
  parafSlotLabel: (position: string, index: number, count: number) =>
    `Paraf ${position} (${index + 1} dari ${count})`,
  implicitOutcomeLabel: 'Menunggu hasil dari BPJS Kesehatan/Dinas Kesehatan',
  unknownTrack: (serviceCode: string, trackId: string) =>
    `Alur "${trackId}" tidak ada pada standar layanan "${serviceCode}".`,
  workflowMismatch: (caseRef: string, workflowRef: string) =>
    `Kasus ini mengikuti standar ${caseRef}, bukan ${workflowRef}.`,
  unknownStation: (stationId: string) =>
    `Tahap "${stationId}" tidak ada pada alur layanan kasus ini.`,
  caseClosed: (status: CaseStatus) =>
    `Kasus sudah selesai (${statusLabels[status]}); tidak ada langkah lagi yang dapat dicatat.`,
  caseReturned:
    'Berkas sedang dikembalikan kepada pemohon. Catat dulu bahwa pemohon telah menyerahkan berkas yang sudah dilengkapi.',
  caseNotReturned: 'Kasus ini tidak sedang menunggu kelengkapan berkas dari pemohon.',
  roleRequired: (action: string, roles: readonly StaffRole[]) =>
    `${action} hanya dapat dicatat oleh ${either(roles.map((role) => roleNames[role]))}.`,
  stationAction: (label: string) => `Langkah "${label}"`,
  actionNames: {
    open: 'Pembukaan kasus',
    recordFacts: 'Data kasus',
    resubmit: 'Penyerahan kembali berkas',
    decline: 'Pernyataan tidak memenuhi syarat',
    recordOutcome: 'Hasil dari BPJS Kesehatan/Dinas Kesehatan',
    cancel: 'Pembatalan permohonan',
  },
  positionRequired: (position: string, chain: readonly string[]) =>
    `Paraf pada tahap ini harus diberikan oleh ${position}. Urutan paraf: ${chain.join(' → ')}.`,
  signerPosition: (signers: readonly string[]) =>
    `Surat ini hanya dapat ditandatangani oleh ${either(signers)}.`,
  returnNotAllowed: (label: string) =>
    `Berkas tidak dapat dikembalikan pada langkah "${label}"; berkas hanya dikembalikan pada pemeriksaan kelengkapan berkas.`,
  missingRequired:
    'Sebutkan persyaratan yang belum lengkap sebelum mengembalikan berkas kepada pemohon.',
  unknownRequirement: (ids: readonly string[]) =>
    `Persyaratan ${both(ids.map((id) => `"${id}"`))} tidak ada pada standar layanan kasus ini.`,
  referNotAllowed: (label: string) =>
    `Standar layanan tidak mengatur rujukan pada langkah "${label}".`,
  referToRequired: 'Sebutkan instansi tujuan rujukan.',
  branchNotMet: (branch: string) =>
    `Ketentuan "${branch}" tidak berlaku menurut data kasus; periksa kembali data yang dicatat.`,
  branchApplies: {
    returnPapers: (branch: string) =>
      `Ketentuan "${branch}" berlaku: kembalikan berkas kepada pemohon, langkah ini belum dapat diselesaikan.`,
    refer: (branch: string, referTo: string | undefined) =>
      `Ketentuan "${branch}" berlaku: rujuk pemohon${referTo ? ` ke ${referTo}` : ''}, langkah ini tidak dapat diselesaikan.`,
  },
  factMissing: (facts: readonly FactName[]) =>
    `Catat dulu ${both(facts.map((fact) => factLabels[fact]))} sebelum melanjutkan.`,
  factsEmpty: 'Tidak ada data kasus yang dicatat.',
  sendBackNotAllowed: (label: string) =>
    `Konsep surat hanya dapat dikembalikan dari tahap paraf atau tanda tangan, bukan dari "${label}".`,
  noDraftStation:
    'Alur layanan ini tidak memiliki langkah penyusunan surat untuk menerima konsep yang dikembalikan.',
  reasonRequired: {
    sendBack: 'Tuliskan alasan konsep surat dikembalikan.',
    decline: 'Tuliskan alasan pemohon dinyatakan tidak memenuhi syarat.',
    rejected: 'Tuliskan alasan penolakan dari BPJS Kesehatan/Dinas Kesehatan.',
  },
  alreadySigned:
    'Surat sudah ditandatangani; kasus tidak dapat lagi dinyatakan tidak memenuhi syarat.',
  declineTooLate:
    'Data sudah dikirim dan kasus menunggu hasil dari BPJS Kesehatan/Dinas Kesehatan; catat hasilnya, bukan pernyataan tidak memenuhi syarat.',
  outcomeNotAllowed: (label: string) =>
    `Hasil dari BPJS Kesehatan/Dinas Kesehatan belum dapat dicatat pada langkah "${label}"; kasus belum sampai tahap menunggu hasil.`,
  outcomeRequired: (label: string) =>
    `"${label}" adalah langkah terakhir: catat hasil dari BPJS Kesehatan/Dinas Kesehatan (diterima atau ditolak).`,
  cardNumberInvalid: 'Nomor kartu BPJS Kesehatan harus 13 digit angka.',
  dateInvalid: (value: string) =>
    `Tanggal mulai aktif "${value}" tidak valid; gunakan bentuk TTTT-BB-HH.`,
  noAddressee: (product: string) =>
    `Tidak ada tujuan surat "${product}" yang sesuai dengan data kasus.`,
  noLetterProduct: (trackId: string) => `Alur "${trackId}" tidak menghasilkan surat.`,
} as const;

export const slaMessages = {
  calendarWithoutWorkingTime: (timeZone: string) =>
    `Kalender kerja kantor (${timeZone}) tidak memiliki jam kerja dalam sepuluh tahun ke depan; periksa jam pelayanan dan daftar hari libur.`,
  holidayFileInvalid: (source: string, detail: string) =>
    `Berkas hari libur "${source}" tidak valid: ${detail}.`,
  holidayOutsideYear: (date: string, year: number) =>
    `tanggal ${date} tidak berada pada tahun ${year}`,
  holidayDuplicate: (date: string) => `tanggal ${date} tercantum lebih dari satu kali`,
} as const;
