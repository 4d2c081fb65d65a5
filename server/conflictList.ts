// The conflicts a supervisor reviews: values that lost to a later arrival or to a field the
// server owns, newest last. The record itself holds the winner.
import type { Sql } from './db/database';

export interface ConflictRow {
  conflictId: string;
  kind: string;
  recordId: string;
  caseId: string | null;
  field: string;
  kept: unknown;
  lost: unknown;
  lostDevice: string | null;
  rule: 'later-arrival' | 'server-owned';
  detectedAt: Date;
}

export async function listConflicts(db: Sql, officeId: string): Promise<ConflictRow[]> {
  const { rows } = await db.query<{
    conflict_id: string;
    kind: string;
    record_id: string;
    case_id: string | null;
    field: string;
    kept: unknown;
    lost: unknown;
    lost_device: string | null;
    rule: 'later-arrival' | 'server-owned';
    detected_at: Date;
  }>(
    `SELECT conflict_id::text, kind, record_id, case_id, field, kept, lost, lost_device, rule, detected_at
       FROM conflicts WHERE office_id = $1 AND resolved_at IS NULL ORDER BY conflict_id`,
    [officeId],
  );
  return rows.map((row) => ({
    conflictId: row.conflict_id,
    kind: row.kind,
    recordId: row.record_id,
    caseId: row.case_id,
    field: row.field,
    kept: row.kept,
    lost: row.lost,
    lostDevice: row.lost_device,
    rule: row.rule,
    detectedAt: new Date(row.detected_at),
  }));
}
