export { addressLine, contactOf, letterheadOf, withContact, type Letterhead } from './letterhead';
export { officeMessages } from './messages';
export { parseProfile, type ProfileIssue, type ProfileResult } from './parseProfile';
export {
  defaultMargins,
  marginsSchema,
  officeProfileSchema,
  paperSizes,
  parafPositionsOf,
  profileFromCatalog,
  signerPositionsOf,
  signerSchema,
  type Margins,
  type OfficeProfile,
  type OfficeProfileInput,
  type PaperSize,
  type Signer,
} from './profile';
