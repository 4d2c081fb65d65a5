// Typed access to the key/value rows of `meta`.
import type { LoketDb } from './database';
import type { MetaKey, MetaRow, MetaValues } from './rows';

/** TypeScript cannot tie a generic key to its value in the union; this is the one place. */
export const metaRow = <K extends MetaKey>(key: K, value: MetaValues[K]): MetaRow =>
  ({ key, value }) as MetaRow;

export async function readMeta<K extends MetaKey>(
  db: LoketDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function writeMeta<K extends MetaKey>(
  db: LoketDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put(metaRow(key, value));
}
