import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from './migrate';
import { allBackends, openTestDatabase, type TestDatabase } from './testDatabase.test-helpers';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

async function fresh(kind: 'postgres' | 'pglite') {
  const test = await openTestDatabase(kind);
  opened.push(test);
  return test.db;
}

describe.each(allBackends)('migrations on %s', (kind) => {
  it('apply every migration once, in order, and a second run changes nothing', async () => {
    const db = await fresh(kind);
    const all = await readMigrations();
    expect(await migrate(db)).toEqual(all.map((migration) => migration.version));
    expect(await migrate(db)).toEqual([]);
    const { rows } = await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual(all.map(({ version, name }) => ({ version, name })));
  });

  it('0001 offices: an office id must be a lower-case code and the name is required', async () => {
    const db = await fresh(kind);
    await migrate(db);
    await db.query('INSERT INTO offices (office_id, name) VALUES ($1, $2)', [
      'dinsos-bulukumba',
      'Dinas Sosial Kabupaten Bulukumba',
    ]);
    await expect(
      db.query('INSERT INTO offices (office_id, name) VALUES ($1, $2)', ['Dinsos Bulukumba', 'x']),
    ).rejects.toThrow(/check constraint/);
    await expect(
      db.query('INSERT INTO offices (office_id, name) VALUES ($1, $2)', ['dinsos-solok', '']),
    ).rejects.toThrow(/check constraint/);
    await expect(
      db.query('INSERT INTO offices (office_id, name) VALUES ($1, $2)', ['dinsos-bulukumba', 'x']),
    ).rejects.toThrow(/duplicate key|unique/);
  });

  it('roll a failing migration back whole and leave it unapplied', async () => {
    const db = await fresh(kind);
    const broken = [
      ...(await readMigrations()),
      {
        version: 99,
        name: 'broken',
        sql: 'CREATE TABLE half_done (id int); SELECT no_such_column;',
      },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_column/);
    const { rows } = await db.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(rows).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });
});

describe('reading the migrations folder', () => {
  it('refuses a file that is not NNNN_name.sql or out of sequence', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'loket-migrations-'));
    try {
      await writeFile(join(dir, '0001_first.sql'), 'SELECT 1;');
      await writeFile(join(dir, '0003_third.sql'), 'SELECT 1;');
      await expect(readMigrations(dir)).rejects.toThrow(/0003_third.sql is not number 2/);
      await writeFile(join(dir, '0002-second.sql'), 'SELECT 1;');
      await expect(readMigrations(dir)).rejects.toThrow(/not NNNN_name.sql: 0002-second.sql/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
