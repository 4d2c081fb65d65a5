// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { CaseLetterInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows } from './identity';

const words = wording.apbd;

/** Seed 001 (Mentawai): recommendation for BPJS membership paid from the APBD, on the SKTM. */
export function rekomendasiApbd(input: CaseLetterInput): LetterElement {
  const grounds = [...legalGrounds(input), words.sktm(input.reason?.sktmNumber)];
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds,
    statement: words.statement(true, input.office.fullName),
    identity: identityRows(input),
    purpose: words.purpose(input.office.region),
    closing: wording.closingRecommendation,
  });
}
