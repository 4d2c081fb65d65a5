// Letter numbers for a counter that syncs: before each push, the blocks this counter took for
// itself before it was enrolled are claimed at the server (once each), and when fewer than
// `REFILL_BELOW` numbers are left for the year the server hands out the next block. A claim
// another counter beat (`block-taken`) keeps the numbers already used and gives up the rest.
// The network goes first; the state is then changed in one transaction on what it is by then,
// so a letter issued meanwhile keeps its number.
import type { NumberBlock } from '../../shared/numbering/blocks';
import {
  addBlock,
  createDeviceNumberState,
  type DeviceNumberState,
} from '../../shared/numbering/deviceState';
import { numbersLeft } from '../../shared/numbering/numbersLeft';
import { SyncHttpError, type SyncTransport } from '../../shared/sync/transport';
import type { LoketDb } from '../db/database';
import { metaRow, readMeta } from '../db/meta';

export const REFILL_BELOW = 100;
export const REFILL_SIZE = 500;

const keyOf = (block: Pick<NumberBlock, 'year' | 'start' | 'end'>) =>
  `${block.year}:${block.start}-${block.end}`;

async function stateOf(db: LoketDb, officeId: string): Promise<DeviceNumberState> {
  const stored = await readMeta(db, 'numberState');
  if (stored) return stored;
  const deviceId = await readMeta(db, 'deviceId');
  if (!deviceId) throw new Error('the counter has no device id yet');
  return createDeviceNumberState(officeId, deviceId);
}

/** The used part of `block` only (nothing when none of it was used). */
function keepUsed(state: DeviceNumberState, block: NumberBlock): DeviceNumberState {
  const last = state.lastTaken[String(block.year)] ?? 0;
  const blocks = state.blocks.flatMap((known) => {
    if (keyOf(known) !== keyOf(block) || known.deviceId !== block.deviceId) return [known];
    return last >= known.start ? [{ ...known, end: Math.min(known.end, last) }] : [];
  });
  return { ...state, blocks };
}

export interface NumberSupply {
  /** Numbers left for the year after this run. */
  left: number;
  /** The server's reasons for claims it refused, in Indonesian. */
  refused: string[];
}

export async function supplyNumbers(
  db: LoketDb,
  transport: SyncTransport,
  { officeId, year }: { officeId: string; year: number },
): Promise<NumberSupply> {
  const before = await stateOf(db, officeId);
  const claimed = new Set((await readMeta(db, 'numberBlocksClaimed')) ?? []);
  const lost: NumberBlock[] = [];
  const refused: string[] = [];
  for (const block of before.blocks) {
    if (claimed.has(keyOf(block))) continue;
    try {
      await transport.numberBlock({ year: block.year, start: block.start, end: block.end });
    } catch (error) {
      if (!(error instanceof SyncHttpError) || error.code !== 'block-taken') throw error;
      lost.push(block);
      refused.push(error.message);
    }
    claimed.add(keyOf(block));
  }
  const afterClaims = lost.reduce(keepUsed, before);
  const fresh =
    numbersLeft(afterClaims, year) < REFILL_BELOW
      ? await transport.numberBlock({ year, size: REFILL_SIZE })
      : undefined;
  if (fresh) claimed.add(keyOf(fresh));

  const state = await db.transaction('rw', db.meta, async () => {
    let current = lost.reduce(keepUsed, await stateOf(db, officeId));
    // The server's block is this counter's: it carries the id the counter knows itself by.
    if (fresh) current = addBlock(current, { ...fresh, deviceId: current.deviceId });
    await db.meta.bulkPut([
      metaRow('numberState', current),
      metaRow('numberBlocksClaimed', [...claimed]),
    ]);
    return current;
  });
  return { left: numbersLeft(state, year), refused };
}
