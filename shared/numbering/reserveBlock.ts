import { z } from 'zod';
import {
  idSchema,
  letterYearSchema,
  sameSequence,
  yearlySequence,
  type NumberBlock,
  type SequenceOptions,
} from './blocks';
import { parseOrThrow } from './errors';
import { numberingMessages } from './messages';

export const maxBlockSize = 100_000;

const sizeMessage = numberingMessages.blockSizeInvalid(maxBlockSize);

/** What a device asks the server for when it is online. */
export const blockRequestSchema = z.object({
  officeId: idSchema,
  year: letterYearSchema,
  deviceId: idSchema,
  size: z
    .number({ error: sizeMessage })
    .int({ error: sizeMessage })
    .min(1, { error: sizeMessage })
    .max(maxBlockSize, { error: sizeMessage }),
});

export type BlockRequest = z.output<typeof blockRequestSchema>;

/**
 * The server-side allocator: the next `size` numbers of the office's sequence
 * after every block already handed out (never filling gaps, so a number that a
 * lost device might still hold is never given twice). The caller stores the
 * result in the same transaction that read `existingBlocks`.
 */
export const reserveBlock = (
  existingBlocks: readonly NumberBlock[],
  request: BlockRequest,
  options: SequenceOptions = yearlySequence,
): NumberBlock => {
  const { officeId, year, deviceId, size } = parseOrThrow(blockRequestSchema, request);
  const lastEnd = existingBlocks
    .filter((block) => sameSequence(block, { officeId, year }, options))
    .reduce((highest, block) => Math.max(highest, block.end), 0);
  return { officeId, year, deviceId, start: lastEnd + 1, end: lastEnd + size };
};
