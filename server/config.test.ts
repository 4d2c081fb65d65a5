import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFrom } from './config';

describe('the server configuration', () => {
  it('runs on PGlite in data/server on 127.0.0.1:8787 by default', () => {
    expect(configFrom({})).toEqual({
      database: { kind: 'pglite', dataDir: resolve('data/server') },
      host: '127.0.0.1',
      port: 8787,
    });
  });

  it('takes PostgreSQL from DATABASE_URL and the port from PORT', () => {
    expect(configFrom({ DATABASE_URL: 'postgres://loket@db:5432/loket', PORT: '9000' })).toEqual({
      database: { kind: 'postgres', url: 'postgres://loket@db:5432/loket' },
      host: '127.0.0.1',
      port: 9000,
    });
  });

  it('names the reverse proxy whose X-Forwarded-For it believes', () => {
    expect(configFrom({ TRUST_PROXY: '127.0.0.1' })).toMatchObject({ trustProxy: '127.0.0.1' });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://db/loket' }, /DATABASE_URL/],
    [{ PORT: 'delapan' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
  ])('refuses %o', (environment, problem) => {
    expect(() => configFrom(environment)).toThrow(problem);
  });
});
