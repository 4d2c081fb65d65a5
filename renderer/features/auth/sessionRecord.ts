import { z } from 'zod';

/**
 * What survives a reload of the window: who is signed in, whether the screen is locked,
 * and when they last touched it. Kept in sessionStorage, so closing the app signs out.
 */
const sessionRecordSchema = z.object({
  userId: z.string().min(1),
  locked: z.boolean(),
  /** Epoch milliseconds of the last key press, click or scroll. */
  lastActiveAt: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export interface SessionPersistence {
  read(): SessionRecord | null;
  write(record: SessionRecord | null): void;
}

const key = 'loket.session';

export function storagePersistence(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): SessionPersistence {
  return {
    read: () => parseRecord(storage.getItem(key)),
    write: (record) => {
      if (record) storage.setItem(key, JSON.stringify(record));
      else storage.removeItem(key);
    },
  };
}

export function memoryPersistence(initial: SessionRecord | null = null): SessionPersistence {
  let record = initial;
  return {
    read: () => record,
    write: (next) => {
      record = next;
    },
  };
}

function parseRecord(text: string | null): SessionRecord | null {
  if (!text) return null;
  try {
    const parsed = sessionRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    // A damaged record is no session: sign in again.
    return null;
  }
}

/** Has the screen been left alone for longer than the office allows? */
export function isIdle(lastActiveAt: number, now: number, idleLockMinutes: number): boolean {
  return now - lastActiveAt >= idleLockMinutes * 60_000;
}
