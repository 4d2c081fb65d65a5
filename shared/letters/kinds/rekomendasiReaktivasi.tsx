// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { CaseLetterInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows, listedRegistry } from './identity';

const words = wording.solokReaktivasi;

/** Seed 004 (Solok), reactivation track: the data match, so the membership is reactivated. */
export function rekomendasiReaktivasi(input: CaseLetterInput): LetterElement {
  const grounds = legalGrounds(input);
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds,
    statement: words.statement(grounds.length > 0, input.office.fullName),
    identity: identityRows(input, { card: true }),
    purpose: words.purpose(listedRegistry(input)),
    closing: wording.closingRecommendation,
  });
}
