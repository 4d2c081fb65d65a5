export { numberingMessages } from './messages';
export type { NumberingError, NumberingErrorCode, NumberingResult } from './errors';
export {
  parseTemplate,
  placeholderNames,
  templateUses,
  type NumberingTemplate,
  type PlaceholderName,
  type TemplatePart,
} from './template';
export {
  classificationCodeSchema,
  defaultClassificationCode,
  defaultTemplate,
  numberingSettingsSchema,
  type NumberingSettings,
  type NumberingSettingsInput,
} from './settings';
export { letterDateParts, type LetterDate } from './letterDate';
export { fromRomanMonth, toRomanMonth } from './romanMonth';
export { formatLetterNumber, type LetterNumberInput } from './formatLetterNumber';
export { parseLetterNumber, type LetterNumberParts } from './parseLetterNumber';
export {
  assertBlocksDisjoint,
  findBlockOverlap,
  numberBlockSchema,
  yearlySequence,
  type BlockOverlap,
  type NumberBlock,
  type SequenceOptions,
} from './blocks';
export { blockRequestSchema, maxBlockSize, reserveBlock, type BlockRequest } from './reserveBlock';
export {
  addBlock,
  createDeviceNumberState,
  deviceNumberStateSchema,
  markUsedThrough,
  type DeviceNumberState,
} from './deviceState';
export { canDraftLetter, takeNumber, type DraftPermission, type TakenNumber } from './takeNumber';
export {
  lowOnNumbers,
  numberSupplyWarning,
  numbersLeft,
  type NumberSupplyWarning,
} from './numbersLeft';
