// The counter's database (`loket`). Schema versions live in versions.ts.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  AuditRow,
  BlobRow,
  ComplaintRow,
  DocumentRecord,
  LetterRow,
  MetaKey,
  MetaRow,
  OutboxRow,
  PersonRecord,
  StoredCase,
  UserRecord,
} from './rows';
import { declareVersions } from './versions';

export const DATABASE_NAME = 'loket';

export class LoketDb extends Dexie {
  declare cases: Table<StoredCase, string>;
  declare persons: Table<PersonRecord, string>;
  declare documents: Table<DocumentRecord, string>;
  declare blobs: Table<BlobRow, string>;
  declare letters: Table<LetterRow, string>;
  declare complaints: Table<ComplaintRow, string>;
  declare audit: Table<AuditRow, string>;
  declare outbox: Table<OutboxRow, string>;
  declare meta: Table<MetaRow, MetaKey>;
  declare users: Table<UserRecord, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}

export function openLoketDb(name = DATABASE_NAME, options?: DexieOptions): LoketDb {
  return new LoketDb(name, options);
}
