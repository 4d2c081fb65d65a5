// Test databases: a fresh schema in the real PostgreSQL of DATABASE_URL (CI sets it), dropped
// afterwards, and an in-memory PGlite. Server tests run on every backend that is here.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database';

export interface TestDatabase {
  db: Database;
  drop(): Promise<void>;
}

const postgresUrl = process.env.DATABASE_URL;

/**
 * Where server tests run: the real PostgreSQL when DATABASE_URL is set (CI), else PGlite. The
 * tests of the database layer itself (migrations, push and pull end to end) use `allBackends`,
 * so PGlite, the zero-set-up default, is proven too without running every test twice.
 */
export const backends: ('postgres' | 'pglite')[] = postgresUrl ? ['postgres'] : ['pglite'];

export const allBackends: ('postgres' | 'pglite')[] = postgresUrl
  ? ['postgres', 'pglite']
  : ['pglite'];

export async function openTestDatabase(kind: 'postgres' | 'pglite'): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite' });
    return { db, drop: () => db.close() };
  }
  if (!postgresUrl) throw new Error('DATABASE_URL is not set');
  const schema = `loket_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openDatabase({ kind: 'postgres', url: postgresUrl, schema });
  return {
    db,
    async drop() {
      await db.close();
      const cleaner = new pg.Client({ connectionString: postgresUrl });
      await cleaner.connect();
      await cleaner.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleaner.end();
    },
  };
}
