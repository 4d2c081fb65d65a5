// `POST /v1/number-blocks`: a counter that is online takes the next block of its office's letter
// numbers (the shared `reserveBlock`), so it can number letters offline without ever meeting
// another counter's numbers. Blocks are handed out under a per-office lock, in one transaction
// with the read of the blocks before them.
import { z } from 'zod';
import { letterYearSchema, type NumberBlock } from '../../shared/numbering/blocks';
import { maxBlockSize, reserveBlock } from '../../shared/numbering/reserveBlock';
import type { DeviceIdentity } from '../auth';
import type { Database } from '../db/database';
import { officeState } from './officeState';
import { BatchRecords } from './batchRecords';

export const numberBlockRequestSchema = z.strictObject({
  year: letterYearSchema,
  size: z.number().int().min(1).max(maxBlockSize),
});
export type NumberBlockRequest = z.infer<typeof numberBlockRequestSchema>;

export function takeNumberBlock(
  db: Database,
  device: DeviceIdentity,
  request: NumberBlockRequest,
): Promise<NumberBlock> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('loket-number-blocks:' || $1))", [
      device.officeId,
    ]);
    const { rows } = await tx.query<{
      year: number;
      start_number: number;
      end_number: number;
      device_id: string;
    }>('SELECT year, start_number, end_number, device_id FROM number_blocks WHERE office_id = $1', [
      device.officeId,
    ]);
    const profile = await officeState(
      new BatchRecords(tx, device.officeId),
      device.officeId,
    ).profile();
    const block = reserveBlock(
      rows.map((row) => ({
        officeId: device.officeId,
        year: row.year,
        deviceId: row.device_id,
        start: row.start_number,
        end: row.end_number,
      })),
      { officeId: device.officeId, deviceId: device.deviceId, ...request },
      { yearlyReset: profile?.numbering.yearlyReset ?? true },
    );
    await tx.query(
      'INSERT INTO number_blocks (office_id, year, start_number, end_number, device_id) VALUES ($1, $2, $3, $4, $5)',
      [device.officeId, block.year, block.start, block.end, device.deviceId],
    );
    return block;
  });
}
