import { formatLongDate } from '../dates/localDate';
import type { BpjsSegment, RegistryName } from '../standards/schema';
import { letterLabels } from './labels';
import type { FaskesLetter } from './types';

/**
 * The body wording of the case letters (kinds 1–5), in official Indonesian. A body is:
 * the grounds (legal basis of the standard version, then the case's own papers) as a
 * numbered "Berdasarkan:" list, the statement that introduces the identity table, the
 * purpose paragraph and the closing paragraph.
 */
const registryName = (name: RegistryName) => letterLabels.registry.names[name];

const registryPhrase = (name: RegistryName, decile?: number) =>
  decile === undefined
    ? `terdaftar dalam ${registryName(name)}`
    : `terdaftar dalam ${registryName(name)} pada desil ${decile}`;

/** "…, dengan ini Dinas Sosial Kabupaten Bulukumba menerangkan bahwa:" after the grounds. */
const statement = (hasGrounds: boolean, office: string, verb: string) =>
  hasGrounds
    ? `dengan ini ${office} ${verb}:`
    : `Menindaklanjuti permohonan yang bersangkutan dan hasil pemeriksaan berkas, dengan ini ${office} ${verb}:`;

const recommend = 'memberikan rekomendasi kepada';
const thanks = 'Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.';

export const wording = {
  groundsIntro: 'Berdasarkan:',
  /** One ground reads as prose: "Berdasarkan …, dengan ini …". */
  singleGround: (ground: string, statement: string) => `Berdasarkan ${ground}, ${statement}`,
  closingRecommendation: `Demikian rekomendasi ini dibuat untuk dapat dipergunakan sebagaimana mestinya. ${thanks}`,
  closingStatement: `Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya. ${thanks}`,

  pbpuPemda: {
    subject: 'Rekomendasi Pendaftaran Peserta PBPU/BP Pemerintah Daerah',
    statement: (hasGrounds: boolean, office: string) => statement(hasGrounds, office, recommend),
    purpose: (government: string, registry?: { name: RegistryName; decile?: number }) =>
      `Yang bersangkutan ${registry ? `${registryPhrase(registry.name, registry.decile)} dan ` : ''}memerlukan pelayanan kesehatan, sehingga direkomendasikan untuk didaftarkan sebagai peserta Jaminan Kesehatan Nasional segmen Pekerja Bukan Penerima Upah/Bukan Pekerja (PBPU/BP) yang iurannya dibayarkan oleh ${government}.`,
  },

  apbd: {
    subject: 'Rekomendasi Kepesertaan BPJS Kesehatan bersumber APBD',
    sktm: (number?: string) =>
      number
        ? `Surat Keterangan Tidak Mampu (SKTM) Nomor ${number} dari Kepala Desa/Lurah yang diketahui Camat`
        : 'Surat Keterangan Tidak Mampu (SKTM) dari Kepala Desa/Lurah yang diketahui Camat',
    statement: (hasGrounds: boolean, office: string) => statement(hasGrounds, office, recommend),
    purpose: (region: string) =>
      `Yang bersangkutan direkomendasikan untuk didaftarkan sebagai peserta Jaminan Kesehatan Nasional yang iurannya bersumber dari Anggaran Pendapatan dan Belanja Daerah (APBD) ${region}.`,
  },

  jkss: {
    subject: 'Rekomendasi Kepesertaan Jaminan Kesehatan Sumbar Sakato (JKSS)',
    form: 'Permohonan kepesertaan JKSS yang telah diketahui Lurah dan Kepala Dinas Sosial',
    statement: (hasGrounds: boolean, office: string) => statement(hasGrounds, office, recommend),
    purpose:
      'Yang bersangkutan beserta anggota keluarga yang tercantum dalam Kartu Keluarga terlampir direkomendasikan untuk didaftarkan sebagai peserta Jaminan Kesehatan Sumbar Sakato (JKSS).',
  },

  reaktivasi: {
    subject: 'Surat Keterangan Permohonan Reaktivasi PBI Jaminan Kesehatan',
    statement: (hasGrounds: boolean, office: string) =>
      statement(hasGrounds, office, 'menerangkan bahwa'),
    purpose: (since: string | undefined, registry?: { name: RegistryName; decile?: number }) =>
      `adalah peserta PBI Jaminan Kesehatan yang iurannya dibayarkan oleh APBN dan berstatus non-aktif${since ? ` sejak ${formatLongDate(since)}` : ''}${registry ? `, serta ${registryPhrase(registry.name, registry.decile)}` : ''}. Sehubungan dengan hal tersebut, kami mengajukan permohonan agar kepesertaan yang bersangkutan dapat direaktivasi.`,
  },

  pengaktifanKembali: {
    subject: 'Surat Keterangan Pengaktifan Kembali PBI Jaminan Kesehatan',
    faskes: ({ name, letterNumber, letterDate }: FaskesLetter) =>
      `Surat Keterangan Layak Membutuhkan Layanan Kesehatan dari ${name} Nomor ${letterNumber}${letterDate ? ` tanggal ${formatLongDate(letterDate)}` : ''}`,
    statement: (hasGrounds: boolean, office: string) =>
      statement(hasGrounds, office, 'menerangkan bahwa'),
    purpose: (since: string | undefined, registry?: { name: RegistryName; decile?: number }) =>
      `adalah peserta PBI Jaminan Kesehatan yang dinonaktifkan${since ? ` sejak ${formatLongDate(since)}` : ''}${registry ? `, ${registryPhrase(registry.name, registry.decile)}` : ''}, dan dinyatakan layak membutuhkan layanan kesehatan oleh fasilitas kesehatan tersebut. Sehubungan dengan hal tersebut, yang bersangkutan diusulkan untuk diaktifkan kembali sebagai peserta PBI Jaminan Kesehatan.`,
  },

  bayiBaruLahir: {
    subject: 'Rekomendasi Pendaftaran Bayi Baru Lahir',
    statement: (hasGrounds: boolean, office: string) =>
      statement(hasGrounds, office, 'memberikan rekomendasi kepada bayi baru lahir berikut'),
    purpose: (scheme: BpjsSegment) =>
      `Bayi tersebut adalah anggota keluarga peserta ${letterLabels.segments[scheme]} dan direkomendasikan untuk didaftarkan sebagai peserta jaminan kesehatan dengan skema yang sama, mengikuti kepesertaan keluarganya.`,
  },

  solokReaktivasi: {
    subject: 'Rekomendasi Reaktivasi Kepesertaan BPJS Kesehatan',
    statement: (hasGrounds: boolean, office: string) => statement(hasGrounds, office, recommend),
    purpose: (registry?: { name: RegistryName; decile?: number }) =>
      `Data yang bersangkutan telah diperiksa${registry ? ` dan ${registryPhrase(registry.name, registry.decile)}` : ''}. Sehubungan dengan hal tersebut, kepesertaan Jaminan Kesehatan yang bersangkutan yang iurannya dibayarkan oleh pemerintah direkomendasikan untuk diaktifkan kembali.`,
  },
};
