import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { migrate } from './db/migrate';
import { backends, openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

describe.each(backends)('the sync server on %s', (kind) => {
  it('answers /health with the database and its migrations', async () => {
    const test = await openTestDatabase(kind);
    opened.push(test);
    await migrate(test.db);
    const app = buildApp({ db: test.db });
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: kind, migrations: 1 });
    await app.close();
  });

  it('says unavailable, not ok, when the database cannot answer', async () => {
    const test = await openTestDatabase(kind);
    opened.push(test);
    const app = buildApp({ db: test.db });
    // Not migrated: schema_migrations is missing.
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: kind });
    await app.close();
  });
});

describe('request ids', () => {
  it('are echoed from a proxy when they look like one, and made fresh otherwise', async () => {
    const test = await openTestDatabase('pglite');
    opened.push(test);
    await migrate(test.db);
    const app = buildApp({ db: test.db });
    const kept = await app.inject({
      url: '/health',
      headers: { 'x-request-id': 'proxy-1234abcd' },
    });
    expect(kept.headers['x-request-id']).toBe('proxy-1234abcd');
    const odd = await app.inject({ url: '/health', headers: { 'x-request-id': 'x;drop' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await app.inject({ url: '/health' });
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await app.close();
  });
});
