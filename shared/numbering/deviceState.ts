import { z } from 'zod';
import { assertBlocksDisjoint, idSchema, numberBlockSchema, type NumberBlock } from './blocks';
import { parseOrThrow } from './errors';
import { numberingMessages } from './messages';

/** Read-only: the functions below return new states and never change the one given. */
export type DeviceNumberState = Readonly<{
  officeId: string;
  deviceId: string;
  blocks: readonly NumberBlock[];
  lastTaken: Readonly<Record<string, number>>;
}>;

/**
 * What one counter device knows about its letter numbers: the blocks the
 * server reserved for it and, per year, the last sequence number it used.
 * Kept in the device's `meta` table (Dexie) and validated when read back.
 */
export const deviceNumberStateSchema = z.object({
  officeId: idSchema,
  deviceId: idSchema,
  blocks: z.array(numberBlockSchema),
  /** Year (`"2026"`) → last sequence number taken in that year. */
  lastTaken: z.record(
    z.string().regex(/^\d{4}$/, { error: numberingMessages.deviceStateInvalid }),
    z
      .number({ error: numberingMessages.deviceStateInvalid })
      .int({ error: numberingMessages.deviceStateInvalid })
      .min(1, { error: numberingMessages.deviceStateInvalid }),
    { error: numberingMessages.deviceStateInvalid },
  ),
}) satisfies z.ZodType<DeviceNumberState>;

export const createDeviceNumberState = (officeId: string, deviceId: string): DeviceNumberState => ({
  officeId,
  deviceId,
  blocks: [],
  lastTaken: {},
});

const lastTakenIn = (state: DeviceNumberState, year: number): number =>
  state.lastTaken[String(year)] ?? 0;

/** Unused numbers of the device for a year, as inclusive ranges in ascending order. */
export const unusedRanges = (
  state: DeviceNumberState,
  year: number,
): { from: number; to: number }[] => {
  const last = lastTakenIn(state, year);
  return state.blocks
    .filter(
      (block) =>
        block.officeId === state.officeId &&
        block.deviceId === state.deviceId &&
        block.year === year &&
        block.end > last,
    )
    .map((block) => ({ from: Math.max(block.start, last + 1), to: block.end }))
    .toSorted((a, b) => a.from - b.from);
};

const sameBlock = (a: NumberBlock, b: NumberBlock): boolean =>
  a.officeId === b.officeId &&
  a.deviceId === b.deviceId &&
  a.year === b.year &&
  a.start === b.start &&
  a.end === b.end;

/**
 * Adds a block received from the server. Receiving the same block again (a
 * retried pull) changes nothing; a block of another office or device, or one
 * overlapping a block the device already has, throws.
 */
export const addBlock = (state: DeviceNumberState, block: NumberBlock): DeviceNumberState => {
  const parsed = parseOrThrow(numberBlockSchema, block);
  if (parsed.officeId !== state.officeId || parsed.deviceId !== state.deviceId) {
    throw new Error(numberingMessages.blockForeign(parsed.start, parsed.end));
  }
  if (state.blocks.some((known) => sameBlock(known, parsed))) return state;
  const blocks = [...state.blocks, parsed];
  assertBlocksDisjoint(blocks);
  return { ...state, blocks };
};

/**
 * Never hand out `seq` or anything below it again in `year`. For after a
 * restore from an older backup: replay the highest number found in the local
 * letters or on the server, so a rolled-back state cannot repeat a number.
 */
export const markUsedThrough = (
  state: DeviceNumberState,
  year: number,
  seq: number,
): DeviceNumberState => {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(numberingMessages.seqInvalid(seq));
  return seq <= lastTakenIn(state, year)
    ? state
    : { ...state, lastTaken: { ...state.lastTaken, [String(year)]: seq } };
};
