// `npm run server`: migrates and serves. `npm run server -- migrate`: migrates and exits.
// `npm run server -- <admin command>`: see cli.ts.
import { mkdir } from 'node:fs/promises';
import { buildApp } from './app';
import { runAdminCommand, UsageError } from './cli';
import { configFrom } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';

const command = process.argv[2] ?? 'serve';

const config = configFrom(process.env);
if (config.database.kind === 'pglite' && config.database.dataDir) {
  await mkdir(config.database.dataDir, { recursive: true });
}
const db = await openDatabase(config.database);
const applied = await migrate(db);
console.log(
  `${db.kind}: ${applied.length > 0 ? `applied migrations ${applied.join(', ')}` : 'schema up to date'}`,
);

if (command === 'migrate') {
  await db.close();
} else if (command !== 'serve') {
  try {
    for (const line of await runAdminCommand(db, process.argv.slice(2))) console.log(line);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    await db.close();
  }
} else {
  const app = buildApp({
    db,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
  });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await app.listen({ host: config.host, port: config.port });
}
