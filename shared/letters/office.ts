import { letterheadOf } from '../office/letterhead';
import type { OfficeProfile, Signer } from '../office/profile';
import { formatNip } from '../users/nip';
import { rankLabel } from '../users/ranks';
import type { LetterOffice, LetterSigner } from './types';

/** "Pemerintah Kabupaten Bulukumba" → "Kabupaten Bulukumba". */
export function regionOf(government: string): string {
  return government.replace(/^Pemerintah(\s+Daerah)?\s+/i, '').trim();
}

/** The office as the documents print it, from the profile in force on the device. */
export function letterOfficeOf(profile: OfficeProfile): LetterOffice {
  const region = regionOf(profile.government);
  return {
    letterhead: letterheadOf(profile),
    city: profile.city,
    region,
    fullName: profile.name.includes(region) ? profile.name : `${profile.name} ${region}`,
    paperSize: profile.paperSize,
    marginsMm: profile.marginsMm,
    timeZone: profile.timeZone,
  };
}

/**
 * The signer as printed. A deputy whose post is one of the sign step's posts but not the
 * first (the head) signs "a.n." the head, e.g. Kabid Linjamsos for the Kepala Dinas Sosial.
 */
export function letterSignerOf(signer: Signer, signPosts: readonly string[] = []): LetterSigner {
  const head = signPosts[0];
  const deputy =
    head !== undefined && head !== signer.position && signPosts.includes(signer.position);
  return {
    name: signer.name,
    nip: formatNip(signer.nip),
    rank: rankLabel(signer.rank),
    position: signer.position,
    ...(deputy ? { onBehalfOf: head } : {}),
  };
}
