export { validateBpjsCardNumber, BPJS_CARD_NUMBER_LENGTH } from './bpjs';
export { buildKk, validateKk, type KkOptions, type KkParts } from './kk';
export { messages } from './messages';
export { NAME_PREFIX_LENGTH, namePrefixKey, normalizeName } from './name';
export { buildNik, validateNik, type NikOptions, type NikParts } from './nik';
export { validatePhone, type Phone, type PhoneKind } from './phone';
export {
  REGION_ASSET_FORMAT,
  decodeChildren,
  encodeChildren,
  type ChildEntry,
  type RegionAsset,
  type RegionCounts,
} from './regionAsset';
export {
  dottedRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  regionLevelOf,
  type RegionLevel,
} from './regionCode';
export type { RegionCheck } from './regionIssue';
export { createRegionTable, type Region, type RegionTable } from './regions';
export type { Issue, IssueCode, IssueParams, Severity, Sex, ValidationResult } from './types';
