import {
  parafPositionsOf,
  signerPositionsOf,
  type OfficeProfile,
} from '../../../../shared/office/profile';
import type { Catalog } from '../../../../shared/standards/catalog';

/** The posts an account can hold: the profile's paraf and signer posts, then the standards'. */
export function knownPositionsOf(office: OfficeProfile, catalog: Catalog | null): string[] {
  const standards = catalog?.packs.find((pack) => pack.office.id === office.id)?.standards ?? [];
  return [
    ...new Set([
      ...office.parafPositions,
      ...office.signers.map((signer) => signer.position),
      ...parafPositionsOf(standards),
      ...signerPositionsOf(standards),
    ]),
  ];
}
