// The server's settings, from the environment: DATABASE_URL selects PostgreSQL, without it
// PGlite keeps its data in LOKET_SERVER_DATA (default `data/server`); HOST and PORT where it
// listens (127.0.0.1:8787; put a TLS reverse proxy in front in production, named in TRUST_PROXY).
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from './db/database';

export interface ServerConfig {
  database: DatabaseConfig;
  host: string;
  port: number;
  /** The reverse proxy's address(es), so `request.ip` is the client's (rate limits); none by default. */
  trustProxy?: string;
}

const environmentSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  LOKET_SERVER_DATA: z.string().min(1).default('data/server'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  TRUST_PROXY: z.string().min(1).optional(),
});

export function configFrom(environment: Record<string, string | undefined>): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`invalid server environment: ${problems.join('; ')}`);
  }
  const { DATABASE_URL, LOKET_SERVER_DATA, HOST, PORT, TRUST_PROXY } = parsed.data;
  return {
    database: DATABASE_URL
      ? { kind: 'postgres', url: DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(LOKET_SERVER_DATA) },
    host: HOST,
    port: PORT,
    ...(TRUST_PROXY ? { trustProxy: TRUST_PROXY } : {}),
  };
}
