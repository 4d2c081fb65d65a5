// `POST /v1/number-blocks`: a counter that is online takes the next block of its office's letter
// numbers (the shared `reserveBlock`), so it can number letters offline without ever meeting
// another counter's numbers; or it claims the block it took for itself before it was enrolled,
// which holds unless another counter has those numbers already (`block-taken`). Blocks are
// handed out under a per-office lock, in one transaction with the read of the blocks before them.
import { z } from 'zod';
import {
  findBlockOverlap,
  letterYearSchema,
  type NumberBlock,
} from '../../shared/numbering/blocks';
import { maxBlockSize, reserveBlock } from '../../shared/numbering/reserveBlock';
import type { DeviceIdentity } from '../auth';
import type { Database } from '../db/database';
import { officeState } from './officeState';
import { BatchRecords } from './batchRecords';

/**
 * Either the next `size` numbers, or a claim of `start`..`end`: the block a counter took for
 * itself before it was enrolled (it numbered letters offline from its first day).
 */
export const numberBlockRequestSchema = z.union([
  z.strictObject({
    year: letterYearSchema,
    size: z.number().int().min(1).max(maxBlockSize),
  }),
  z
    .strictObject({
      year: letterYearSchema,
      start: z.number().int().min(1),
      end: z.number().int().min(1),
    })
    .refine(({ start, end }) => end >= start && end - start < maxBlockSize, {
      message: 'start..end',
    }),
]);
export type NumberBlockRequest = z.infer<typeof numberBlockRequestSchema>;

export type NumberBlockAnswer =
  | { ok: true; block: NumberBlock; created: boolean }
  | { ok: false; code: 'block-taken'; taken: NumberBlock };

export function takeNumberBlock(
  db: Database,
  device: DeviceIdentity,
  request: NumberBlockRequest,
): Promise<NumberBlockAnswer> {
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
    const sequence = { yearlyReset: profile?.numbering.yearlyReset ?? true };
    const known: NumberBlock[] = rows.map((row) => ({
      officeId: device.officeId,
      year: row.year,
      deviceId: row.device_id,
      start: row.start_number,
      end: row.end_number,
    }));
    let block: NumberBlock;
    if ('size' in request) {
      block = reserveBlock(
        known,
        { officeId: device.officeId, deviceId: device.deviceId, ...request },
        sequence,
      );
    } else {
      block = { officeId: device.officeId, deviceId: device.deviceId, ...request };
      const same = known.find(
        (other) =>
          other.deviceId === block.deviceId &&
          other.year === block.year &&
          other.start === block.start &&
          other.end === block.end,
      );
      if (same) return { ok: true, block: same, created: false };
      const overlap = findBlockOverlap([...known, block], sequence);
      if (overlap) {
        const taken = overlap.first === block ? overlap.second : overlap.first;
        return { ok: false, code: 'block-taken', taken };
      }
    }
    await tx.query(
      'INSERT INTO number_blocks (office_id, year, start_number, end_number, device_id) VALUES ($1, $2, $3, $4, $5)',
      [device.officeId, block.year, block.start, block.end, device.deviceId],
    );
    return { ok: true, block, created: true };
  });
}
