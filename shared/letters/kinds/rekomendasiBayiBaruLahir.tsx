// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { NewbornInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows } from './identity';

const words = wording.bayiBaruLahir;

/**
 * Seed 004 (Solok), newborn track: addressed to BPJS Kesehatan when the family is in PBI-JK,
 * to the Dinas Kesehatan when it is in JKSS (the addressee comes from `resolveAddressee`).
 */
export function rekomendasiBayiBaruLahir(input: NewbornInput): LetterElement {
  const grounds = legalGrounds(input);
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds,
    statement: words.statement(grounds.length > 0, input.office.fullName),
    identity: identityRows(input, { newborn: true }),
    purpose: words.purpose(input.familyScheme),
    closing: wording.closingRecommendation,
  });
}
