// Citizens for the seed: names as they are common in each seed office's region, NIK and No. KK
// built from real district codes, birth dates and addresses in real villages.
import type { PersonInput } from '../../../shared/cases/records';
import { buildKk, buildNik } from '../../../shared/validate';
import { pick, randomInt, type Random } from '../../../shared/random';

type Sex = 'male' | 'female';
interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** Second names or family names, appended to about half of the names. */
  family: readonly string[];
  /** Birth places. */
  places: readonly string[];
}

const words = (text: string) => text.trim().split(/\s*,\s*/);

/** By the first two digits of the region code (province). */
const pools: Record<string, NamePool> = {
  // Lampung (Tanggamus): Javanese and Lampung names.
  '18': {
    male: words(
      'Sutrisno, Suparman, Rohmat, Agus Salim, Rusdi, Slamet, Sugeng, Mulyadi, Hendra, Ahmad Fauzi, Wagiman, Sarjono, Dedi Kurniawan, Edi Susanto, Ridwan',
    ),
    female: words(
      'Sri Rahayu, Wahyuni, Marlina, Nurhayati, Siti Aminah, Sumiati, Suyatmi, Eka Fitriani, Yuliana, Dewi Sartika, Kartini, Tri Wulandari, Lestari, Rusmini',
    ),
    family: words(
      'Saputra, Pratama, Wijaya, Gunawan, Setiawan, Hidayat, Santoso, Purnomo, Riyadi, Ningsih, Susanti, Handayani',
    ),
    places: words(
      'Kota Agung, Talang Padang, Gisting, Pringsewu, Wonosobo, Pulau Panggung, Bandar Lampung',
    ),
  },
  // West Sumatra (Mentawai, Padang Panjang, Solok): Minangkabau names; Mentawai clans below.
  '13': {
    male: words(
      'Afrizal, Zulkifli, Syafrizal, Nofriadi, Afdal, Rahmat Hidayat, Hendri, Yusrizal, Firdaus, Irwan, Jasmanto, Erizal, Yohanes, Markus, Paulus, Petrus, Fransiskus',
    ),
    female: words(
      'Yusnaini, Nurhasanah, Fitri Yanti, Rosmaniar, Desmawati, Yulia Sari, Delfi Yanti, Nelmawati, Ernawati, Maria, Kristina, Lusia, Agustina, Yasnidar',
    ),
    family: words(
      'Sababalat, Saleleubaja, Sakerebau, Satoko, Samaloisa, Sapalakkai, Taileleu, Sagulu, Putra, Putri, Syahputra, Chaniago, Koto, Piliang, Tanjung',
    ),
    places: words(
      'Padang, Padang Panjang, Solok, Bukittinggi, Tuapejat, Sikakap, Muara Siberut, Alahan Panjang',
    ),
  },
  // South Sulawesi (Bulukumba): Bugis and Makassar names.
  '73': {
    male: words(
      'Andi Muhammad Rusli, Muhammad Arfah, Syamsuddin, Baharuddin, Hasbi, Abdul Rahman, Muh. Yusuf, Nasrullah, Arifin, Sahabuddin, Rusdi, Kamaruddin',
    ),
    female: words(
      'Hasnawati, Sitti Hajrah, Ramlah, Nurhayati, Sitti Nurbaya, Andi Tenri, Hasmiah, Darmawati, Kasmawati, Suriani, Nurliah, Hadijah',
    ),
    family: words(
      'Daeng Ngai, Daeng Bau, Daeng Sikki, Daeng Caya, Daeng Tompo, Bachtiar, Amiruddin, Saleh, Syarif, Hamzah, Latif, Haris',
    ),
    places: words('Bulukumba, Tanete, Kajang, Bira, Sinjai, Bantaeng, Makassar'),
  },
};

function poolOf(regionCode: string): NamePool {
  const pool = pools[regionCode.slice(0, 2)] ?? pools['18'];
  if (!pool) throw new RangeError('no name pool');
  return pool;
}

export function personName(random: Random, regionCode: string, sex: Sex, age: number): string {
  const pool = poolOf(regionCode);
  const given = pick(random, pool[sex]);
  const name = random() < 0.5 ? `${given} ${pick(random, pool.family)}` : given;
  // Older citizens who made the pilgrimage often use the title on their papers.
  const hajj = age >= 45 && random() < 0.12;
  return hajj ? `${sex === 'male' ? 'H.' : 'Hj.'} ${name}` : name;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A date `years` ago, give or take a year, as `YYYY-MM-DD`; never after `today`. */
export function birthDateAged(random: Random, today: string, years: number): string {
  const [year = 2000] = today.split('-').map(Number);
  const candidate = `${year - years}-${pad(randomInt(random, 1, 12))}-${pad(randomInt(random, 1, 28))}`;
  return candidate > today ? `${year - years - 1}-${candidate.slice(5)}` : candidate;
}

export interface Household {
  districtCode: string;
  villageCode: string;
  kk: string;
  street: string;
}

/** Telkomsel, Indosat, XL, Tri and Smartfren prefixes. */
const mobilePrefixes = words(
  '0811, 0812, 0813, 0821, 0822, 0852, 0853, 0815, 0816, 0857, 0858, 0817, 0818, 0819, 0877, 0878, 0895, 0896, 0881',
);

const streets = words(
  'Jl. Merdeka, Jl. Sudirman, Jl. Ahmad Yani, Jl. Diponegoro, Jl. Pahlawan, Jl. Masjid Raya, Jl. Pasar Baru, Jl. Pendidikan, Jl. Poros Desa, Lorong Damai, Dusun Sukamaju, Dusun Tanjung',
);

/** A family card in a real village; serials are drawn so that numbers rarely repeat. */
export function household(random: Random, villageCode: string, today: string): Household {
  const districtCode = villageCode.replaceAll('.', '').slice(0, 6);
  const issueDate = birthDateAged(random, today, randomInt(random, 1, 15));
  const kk = buildKk({ districtCode, issueDate, serial: pad(randomInt(random, 1, 9999), 4) });
  const street = `${pick(random, streets)} No. ${randomInt(random, 1, 120)}`;
  return { districtCode, villageCode, kk, street };
}

/**
 * A person of the household as the clerk types them. `usedNiks` keeps NIKs unique over the
 * whole seed (a taken serial moves on to the next one).
 */
export function personInput(
  random: Random,
  home: Household,
  options: { sex: Sex; birthDate: string; age: number; withNik: boolean; usedNiks: Set<string> },
): PersonInput {
  const { sex, birthDate } = options;
  const name = personName(random, home.districtCode, sex, options.age);
  let nik: string | undefined;
  if (options.withNik) {
    let serial = randomInt(random, 1, 9000);
    do {
      nik = buildNik({ districtCode: home.districtCode, birthDate, sex, serial: pad(serial, 4) });
      serial += 1;
    } while (options.usedNiks.has(nik));
    options.usedNiks.add(nik);
  }
  return {
    ...(nik && { nik }),
    kk: home.kk,
    name,
    birthPlace: pick(random, poolOf(home.districtCode).places),
    birthDate,
    sex,
    address: {
      street: home.street,
      rt: pad(randomInt(random, 1, 12), 3),
      rw: pad(randomInt(random, 1, 6), 3),
      villageCode: home.villageCode,
    },
    phone: `${pick(random, mobilePrefixes)}${pad(randomInt(random, 0, 9999), 4)}${pad(randomInt(random, 0, 9999), 4)}`,
  };
}
