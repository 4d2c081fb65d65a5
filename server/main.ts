// `npm run server`: migrates and serves. `npm run server -- migrate`: migrates and exits.
import { mkdir } from 'node:fs/promises';
import { buildApp } from './app';
import { configFrom } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';

const command = process.argv[2] ?? 'serve';
if (command !== 'serve' && command !== 'migrate') {
  console.error(`unknown command "${command}"; use: npm run server [-- migrate]`);
  process.exit(2);
}

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
} else {
  const app = buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await app.listen({ host: config.host, port: config.port });
}
