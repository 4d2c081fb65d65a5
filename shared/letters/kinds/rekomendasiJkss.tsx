// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { CaseLetterInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows } from './identity';

const words = wording.jkss;

/** Seed 002 (Dinkes Padang Panjang): recommendation for JKSS membership. */
export function rekomendasiJkss(input: CaseLetterInput): LetterElement {
  const grounds = [...legalGrounds(input), words.form];
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds,
    statement: words.statement(true, input.office.fullName),
    identity: identityRows(input),
    purpose: words.purpose,
    closing: wording.closingRecommendation,
  });
}
