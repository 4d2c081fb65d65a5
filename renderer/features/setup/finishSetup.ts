import type { Catalog } from '../../../shared/standards/catalog';
import { parseProfile } from '../../../shared/office/parseProfile';
import {
  profileFromCatalog,
  signerPositionsOf,
  type OfficeProfile,
  type Signer,
} from '../../../shared/office/profile';
import type { UserRecord } from '../../../shared/users/user';
import { checkLetterhead } from '../settings/office/letterheadForm';
import type { DraftAccount, SetupDraft } from './setupDraft';

export type SetupResult =
  { ok: true; profile: OfficeProfile; users: UserRecord[] } | { ok: false; message: string };

/**
 * Turns the finished draft into the office profile and the accounts to store. The
 * signers of the profile are the accounts with the signer role, under the first of their
 * posts that the office's standards name as a signing post.
 */
export function buildSetup(
  draft: Pick<SetupDraft, 'officeId' | 'letterhead' | 'admin' | 'users'>,
  catalog: Catalog,
  now: Date,
): SetupResult {
  const pack = catalog.packs.find((candidate) => candidate.office.id === draft.officeId);
  if (!pack || !draft.letterhead || !draft.admin) {
    return { ok: false, message: 'draf penyiapan belum lengkap' };
  }
  const checked = checkLetterhead(
    profileFromCatalog(pack.office, pack.standards),
    draft.letterhead,
  );
  if (!checked.ok) return { ok: false, message: Object.values(checked.errors).join(' ') };

  const signingPosts = signerPositionsOf(pack.standards);
  const signers = draft.users
    .filter((account) => account.details.roles.includes('signer'))
    .map((account) => signerOf(account, signingPosts));
  const parsed = parseProfile({ ...checked.profile, signers });
  if (!parsed.ok)
    return { ok: false, message: parsed.issues.map((issue) => issue.message).join(' ') };

  const stamp = now.toISOString();
  const users = [draft.admin, ...draft.users].map((account): UserRecord => ({
    id: account.id,
    ...account.details,
    pin: account.pin,
    failedAttempts: 0,
    lockedUntil: null,
    active: true,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  return { ok: true, profile: parsed.profile, users };
}

/** A signer entry for the profile schema to check (NIP and rank are there for every signer account). */
function signerOf({ id, details }: DraftAccount, signingPosts: readonly string[]): Partial<Signer> {
  const position =
    details.positions.find((post) => signingPosts.includes(post)) ?? details.positions[0];
  return { name: details.name, nip: details.nip, rank: details.rank, position, userId: id };
}
