// The counter database the case screens read and write. One connection for the Beranda,
// the case detail and the paraf inbox; swap for the db layer's own accessor once it has one.
import { openLoketDb, type LoketDb } from '../../db/database';

let db: LoketDb | undefined;

export function counterDb(): LoketDb {
  db ??= openLoketDb();
  return db;
}
