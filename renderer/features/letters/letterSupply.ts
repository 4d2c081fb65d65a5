// What a letter takes from the device before it is issued: a number from this device's block
// and the office key that signs its verification code. Both are created here while the
// device is not enrolled with the sync server (issue 7/8 hands out blocks and the office key).
import {
  generateOfficeKey,
  keyringEntryOf,
  type Keyring,
  type OfficeKey,
} from '../../../shared/letters/verification/keys';
import { todayIn } from '../../../shared/dates/localDate';
import {
  addBlock,
  createDeviceNumberState,
  letterDateParts,
  numbersLeft,
  type DeviceNumberState,
} from '../../../shared/numbering';
import type { OfficeProfile } from '../../../shared/office/profile';
import { unusedRanges } from '../../../shared/numbering/deviceState';
import type { LoketDb } from '../../db/database';
import { readMeta } from '../../db/meta';

/** Numbers a device takes for itself before it has ever talked to the server. */
export const LOCAL_BLOCK_SIZE = 500;

/**
 * The device's number state with a block for `year`. A device that has no block for the
 * year and no sync cursor (it never synced) reserves the next `LOCAL_BLOCK_SIZE` numbers
 * after every block it knows; the server adopts that block when the device enrols.
 */
export async function numberStateFor(
  db: LoketDb,
  ids: { officeId: string; deviceId: string },
  year: number,
): Promise<DeviceNumberState> {
  const stored = await readMeta(db, 'numberState');
  const state = stored ?? createDeviceNumberState(ids.officeId, ids.deviceId);
  if (unusedRanges(state, year).length > 0) return state;
  if ((await readMeta(db, 'syncCursor')) !== undefined) return state;
  const lastEnd = state.blocks
    .filter((block) => block.year === year)
    .reduce((highest, block) => Math.max(highest, block.end), 0);
  const block = {
    officeId: ids.officeId,
    deviceId: ids.deviceId,
    year,
    start: lastEnd + 1,
    end: lastEnd + LOCAL_BLOCK_SIZE,
  };
  return addBlock(state, block);
}

/** The office key of this device and the keyring that trusts it, made once. */
export async function officeKeyFor(
  db: LoketDb,
  officeId: string,
  now: Date,
): Promise<{ key: OfficeKey; keyring: Keyring; created: boolean }> {
  const stored = await readMeta(db, 'officeKey');
  const keyring = (await readMeta(db, 'keyring')) ?? { keys: [] };
  if (stored && stored.officeId === officeId) return { key: stored, keyring, created: false };
  const key = generateOfficeKey(officeId, now);
  return { key, keyring: { keys: [...keyring.keys, keyringEntryOf(key)] }, created: true };
}

export interface NumberSupply {
  /** Numbers left this year in the device's blocks. */
  left: number;
  /** Whether the device has never synced, so its numbers come from blocks it took itself. */
  local: boolean;
}

export async function numberSupply(
  db: LoketDb,
  office: Pick<OfficeProfile, 'timeZone'>,
  now: Date = new Date(),
): Promise<NumberSupply> {
  const [state, cursor] = await Promise.all([
    readMeta(db, 'numberState'),
    readMeta(db, 'syncCursor'),
  ]);
  const { year } = letterDateParts(todayIn(office.timeZone, now));
  return { left: state ? numbersLeft(state, year) : 0, local: cursor === undefined };
}
