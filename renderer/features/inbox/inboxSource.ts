// The inbox's read from the counter database: the open cases whose turn is a reviewer's or a
// signer's, as full records, for inboxItems to keep those this person may initial or sign.
import type { CaseRecord, TurnRole } from '../../../shared/cases/records';
import type { LoketDb } from '../../db/database';
import { worklist } from '../../db/queries';
import { caseRecordOf } from '../../db/storedCase';

/** More drafts than this waiting for one person is not an inbox any more; the worklist pages. */
export const INBOX_LIMIT = 500;

export async function loadInboxCandidates(
  db: LoketDb,
  roles: readonly TurnRole[],
): Promise<CaseRecord[]> {
  const pages = await Promise.all(
    roles.map((role) =>
      worklist(db, { role, filters: { status: 'open' }, limit: INBOX_LIMIT }).then((page) =>
        page.rows.filter((row) => row.myTurn).map((row) => row.id),
      ),
    ),
  );
  const ids = [...new Set(pages.flat())];
  const stored = await db.cases.bulkGet(ids);
  return stored.filter((row) => row !== undefined).map(caseRecordOf);
}
