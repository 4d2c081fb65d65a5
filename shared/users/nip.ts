import { userMessages } from './messages';

export type NipCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * A civil servant's NIP (PP 99/2000 format): birth date YYYYMMDD, appointment YYYYMM,
 * sex (1 man, 2 woman), serial. Spaces as printed on letters ("19700101 199503 1 001")
 * are accepted and dropped.
 */
export function checkNip(input: string): NipCheck {
  const messages = userMessages.nip;
  const value = input.replace(/\s+/g, '');
  if (!/^\d*$/.test(value)) return { ok: false, message: messages.digitsOnly };
  if (value.length !== 18) return { ok: false, message: messages.length };
  if (!isDate(value.slice(0, 8))) return { ok: false, message: messages.birthDate };
  if (!isMonth(value.slice(8, 14))) return { ok: false, message: messages.appointment };
  if (!['1', '2'].includes(value.charAt(14))) return { ok: false, message: messages.sex };
  if (value.endsWith('000')) return { ok: false, message: messages.serial };
  return { ok: true, value };
}

/** "19700101 199503 1 001": the NIP as it is printed under a signature. */
export function formatNip(nip: string): string {
  return nip.length === 18
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

function isDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isMonth(yyyymm: string): boolean {
  const year = Number(yyyymm.slice(0, 4));
  const month = Number(yyyymm.slice(4, 6));
  return year >= 1900 && month >= 1 && month <= 12;
}
