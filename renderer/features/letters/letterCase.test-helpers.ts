// Test-only: a counter database holding a Bulukumba case at the signature, and the context
// a back-office user issues its letter in.
import { bo, catalog, fo } from '../../../shared/commands/harness.test-helpers';
import { bulukumbaAtSignature } from '../../../shared/commands/scenarios.test-helpers';
import { profileOf, signers } from '../../../shared/letters/fixtures.test-helpers';
import type { Actor } from '../../../shared/workflow/types';
import type { LoketDb } from '../../db/database';
import type { ExecuteContext } from '../../db/executeCommand';
import { freshDb } from '../../db/fixtures.test-helpers';
import { storedCase } from '../../db/storedCase';

export const office = profileOf('dinsos-bulukumba');
export const signerNip = signers['dinsos-bulukumba'].nip;

/** A fresh database with a Bulukumba case at the signature (its paraf chain done). */
export async function caseAtSignature(): Promise<{ db: LoketDb; caseId: string; at: Date }> {
  const { h, caseId } = bulukumbaAtSignature();
  const faskes = {
    name: 'RSUD H. Andi Sulthan Daeng Radja',
    letterNumber: '445/112/RSUD/VII/2026',
    letterDate: '2026-07-18',
  };
  h.must('case.recordReason', { caseId, reason: { kind: 'emergency', faskes } }, fo);
  const db = freshDb();
  await db.cases.bulkPut([...h.cases.values()].map(storedCase));
  await db.persons.bulkPut([...h.persons.values()]);
  await db.documents.bulkPut([...h.documents.values()]);
  return { db, caseId, at: h.peek() };
}

export const contextAt = (now: Date, actor: Actor = bo): ExecuteContext => ({
  actor,
  deviceId: 'device-1',
  now,
  catalog,
  office,
});
