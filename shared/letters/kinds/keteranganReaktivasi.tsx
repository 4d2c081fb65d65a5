// @jsxRuntime automatic -- also under tsx/esbuild, which do not read tsconfig.web.json
import type { LetterElement } from '../LetterDocument';
import type { ReactivationInput } from '../types';
import { wording } from '../wording';
import { caseLetterDocument, legalGrounds } from './CaseLetter';
import { identityRows, listedRegistry } from './identity';

/**
 * Seed 003 (Bulukumba): under the DTKS rules (v1) the surat keterangan reaktivasi PBI;
 * under Permensos 3/2026 (v2, DTSEN with decile) the surat keterangan pengaktifan kembali,
 * which cites the faskes statement (faskes, its number and date).
 */
export function keteranganReaktivasi(input: ReactivationInput): LetterElement {
  const since = input.bpjs?.status === 'nonActive' ? input.bpjs.since : undefined;
  const registry = listedRegistry(input);
  const identity = identityRows(input, { card: true });
  if (input.wording === 'reaktivasi') {
    const words = wording.reaktivasi;
    const grounds = legalGrounds(input);
    return caseLetterDocument(input, {
      subject: words.subject,
      grounds,
      statement: words.statement(grounds.length > 0, input.office.fullName),
      identity,
      purpose: words.purpose(since, registry),
      closing: wording.closingStatement,
    });
  }
  const words = wording.pengaktifanKembali;
  return caseLetterDocument(input, {
    subject: words.subject,
    grounds: [...legalGrounds(input), words.faskes(input.faskes)],
    statement: words.statement(true, input.office.fullName),
    identity,
    purpose: words.purpose(since, registry),
    closing: wording.closingStatement,
  });
}
