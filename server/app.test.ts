import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { migrate, readMigrations } from './db/migrate';
import { allBackends, openTestDatabase, type TestDatabase } from './db/testDatabase.test-helpers';

const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.drop();
});

describe.each(allBackends)('the sync server on %s', (kind) => {
  it('answers /health with the database and its migrations', async () => {
    const test = await openTestDatabase(kind);
    opened.push(test);
    await migrate(test.db);
    const app = buildApp({ db: test.db });
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: kind,
      migrations: (await readMigrations()).length,
    });
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

describe('a body the server cannot read', () => {
  it.each([
    ['broken JSON', 'application/json', '{"code":', 400, 'malformed'],
    ['an empty JSON body', 'application/json', '', 400, 'malformed'],
    ['plain text', 'text/plain', 'kode', 400, 'malformed'],
    [
      'a content type the server does not read',
      'application/xml',
      '<kode/>',
      415,
      'unsupported-media-type',
    ],
    [
      'more than 1 MB',
      'application/json',
      JSON.stringify({ pad: 'x'.repeat(1_100_000) }),
      413,
      'too-large',
    ],
  ])('%s gets its own code', async (_what, type, payload, status, code) => {
    const test = await openTestDatabase('pglite');
    opened.push(test);
    const app = buildApp({ db: test.db });
    const response = await app.inject({
      method: 'POST',
      url: '/v1/enroll',
      headers: { 'content-type': type },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: code, message: expect.any(String) });
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
