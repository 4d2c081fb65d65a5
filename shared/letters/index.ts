// The letter documents: typed inputs → react-pdf documents → PDF bytes. See README.md.
export { bnbaRowOf } from './bnbaFromCases';
export {
  arimoFaceFiles,
  arimoSourcesIn,
  letterFontFamily,
  letterFontsRegistered,
  preloadLetterFonts,
  registerLetterFonts,
  type LetterFontSources,
} from './fonts';
export {
  caseLetterInputOf,
  caseLetterOf,
  type CaseLetterError,
  type CaseLetterInputResult,
  type CaseLetterResult,
  type CaseLetterSource,
} from './fromCase';
export { bukuEkspedisi, type DispatchBookInput, type DispatchEntry } from './kinds/bukuEkspedisi';
export { keteranganReaktivasi } from './kinds/keteranganReaktivasi';
export { posterInputOf, posterStandar, type PosterInput } from './kinds/posterStandar';
export { rekapBnba, type BnbaInput, type BnbaRow } from './kinds/rekapBnba';
export { rekomendasiApbd } from './kinds/rekomendasiApbd';
export { rekomendasiBayiBaruLahir } from './kinds/rekomendasiBayiBaruLahir';
export { rekomendasiJkss } from './kinds/rekomendasiJkss';
export { rekomendasiPbpuPemda } from './kinds/rekomendasiPbpuPemda';
export { rekomendasiReaktivasi } from './kinds/rekomendasiReaktivasi';
export { tandaTerimaBerkas, type ReceiptInput, type ReceiptPaper } from './kinds/tandaTerimaBerkas';
export { letterLabels } from './labels';
export type { LetterDocumentProps, LetterElement, LetterMeta, PageFit } from './LetterDocument';
export { letterMessages } from './messages';
export { letterOfficeOf, letterSignerOf, regionOf } from './office';
export { contentBox, mmToPt, pageSizePt, paperMm, type Orientation } from './paper';
export { addressText, letterPersonOf } from './people';
export { receiptInputOf, serviceName, type ReceiptSource } from './receiptFromCase';
export { LetterOverflowError, onePageSizes, pdfPageCount, renderLetterPdf } from './render';
export type {
  CaseLetterInput,
  CaseLetterKind,
  FaskesLetter,
  LetterNature,
  LetterOffice,
  LetterPerson,
  LetterSigner,
  NewbornInput,
  ReactivationInput,
  VerificationMark,
} from './types';
