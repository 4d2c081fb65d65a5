import { z } from 'zod';
import { numberingMessages } from './messages';

export const letterYearSchema = z
  .number({ error: numberingMessages.yearInvalid })
  .int({ error: numberingMessages.yearInvalid })
  .min(1000, { error: numberingMessages.yearInvalid })
  .max(9999, { error: numberingMessages.yearInvalid });

export const idSchema = z.string({ error: numberingMessages.idRequired }).min(1, {
  error: numberingMessages.idRequired,
});

const blockNumberSchema = z
  .number({ error: numberingMessages.blockNumbersInvalid })
  .int({ error: numberingMessages.blockNumbersInvalid })
  .min(1, { error: numberingMessages.blockNumbersInvalid });

/**
 * Numbers `start`–`end` (inclusive) of one office's sequence for one year,
 * reserved by the server for one device so it can number letters offline.
 */
export const numberBlockSchema = z
  .object({
    officeId: idSchema,
    year: letterYearSchema,
    deviceId: idSchema,
    start: blockNumberSchema,
    end: blockNumberSchema,
  })
  .superRefine((block, ctx) => {
    if (!isValidRange(block)) {
      ctx.addIssue({
        code: 'custom',
        message: numberingMessages.blockInvalid(block.start, block.end),
      });
    }
  });

export type NumberBlock = z.output<typeof numberBlockSchema>;

/**
 * Whether the office restarts its sequence each year (the norm). With a yearly
 * reset, blocks of different years never compete; without, an office has one
 * sequence across all years.
 */
export type SequenceOptions = { yearlyReset: boolean };

export const yearlySequence: SequenceOptions = { yearlyReset: true };

const isValidRange = ({ start, end }: Pick<NumberBlock, 'start' | 'end'>): boolean =>
  Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 1 && end >= start;

/** Whether two blocks draw from the same sequence and so must not overlap. */
export const sameSequence = (
  a: Pick<NumberBlock, 'officeId' | 'year'>,
  b: Pick<NumberBlock, 'officeId' | 'year'>,
  { yearlyReset }: SequenceOptions,
): boolean => a.officeId === b.officeId && (!yearlyReset || a.year === b.year);

export type BlockOverlap = { first: NumberBlock; second: NumberBlock };

const sequenceKey = (block: NumberBlock, { yearlyReset }: SequenceOptions): string =>
  JSON.stringify([block.officeId, yearlyReset ? block.year : null]);

/** The first pair of blocks of one sequence that share a number, if any. */
export const findBlockOverlap = (
  blocks: readonly NumberBlock[],
  options: SequenceOptions = yearlySequence,
): BlockOverlap | undefined => {
  const bySequence = new Map<string, NumberBlock[]>();
  for (const block of blocks) {
    const key = sequenceKey(block, options);
    const group = bySequence.get(key);
    if (group === undefined) bySequence.set(key, [block]);
    else group.push(block);
  }
  for (const group of bySequence.values()) {
    const sorted = group.toSorted((a, b) => a.start - b.start);
    let widest = sorted[0];
    for (const block of sorted.slice(1)) {
      if (widest !== undefined && block.start <= widest.end)
        return { first: widest, second: block };
      if (widest === undefined || block.end > widest.end) widest = block;
    }
  }
  return undefined;
};

/**
 * Throws (with an Indonesian message naming both devices) if a block is not a
 * valid range or two blocks of the same sequence overlap: overlapping blocks
 * would print the same letter number twice. Run it wherever blocks enter.
 */
export const assertBlocksDisjoint = (
  blocks: readonly NumberBlock[],
  options: SequenceOptions = yearlySequence,
): void => {
  const invalid = blocks.find((block) => !isValidRange(block));
  if (invalid !== undefined) {
    throw new Error(numberingMessages.blockInvalid(invalid.start, invalid.end));
  }
  const overlap = findBlockOverlap(blocks, options);
  if (overlap !== undefined) {
    throw new Error(numberingMessages.blocksOverlap(overlap.first, overlap.second));
  }
};
