// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { CaseLetterInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows, listedRegistry } from './identity';

const words = wording.pbpuPemda;

/** Seed 000 (Tanggamus): recommendation to enrol as PBPU/BP paid by the regional government. */
export function rekomendasiPbpuPemda(input: CaseLetterInput): LetterElement {
  const grounds = legalGrounds(input);
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds,
    statement: words.statement(grounds.length > 0, input.office.fullName),
    identity: identityRows(input),
    purpose: words.purpose(`Pemerintah ${input.office.region}`, listedRegistry(input)),
    closing: wording.closingRecommendation,
  });
}
