// Office A as the shared letter fixtures expect it: the Bulukumba scenarios' staff as accounts,
// its profile with the signer, and (unless a test wants it unknown) the fixtures' signing key.
import { bo, fo } from '../../shared/commands/harness.test-helpers';
import { letterKey, letterProfile } from '../../shared/commands/letters.test-helpers';
import { kabid, kadis, penyuluh, sekretaris } from '../../shared/commands/scenarios.test-helpers';
import { installOfficeKey } from '../officeKeys';
import { officeA, openTestServer, type TestServer } from '../testServer.test-helpers';
import { createAccounts } from './accounts.test-helpers';
import { writeRecords } from './records';

export async function letterOffice(
  kind: 'postgres' | 'pglite',
  options: { withKey?: boolean } = {},
): Promise<TestServer> {
  const server = await openTestServer(kind);
  await createAccounts(server.db, officeA, [fo, bo, penyuluh, kabid, sekretaris, kadis]);
  await server.db.transaction((tx) =>
    writeRecords(tx, officeA, [{ kind: 'officeProfile', id: officeA, body: letterProfile }]),
  );
  if (options.withKey ?? true) await installOfficeKey(server.db, letterKey);
  return server;
}
