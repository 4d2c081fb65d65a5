// `POST /v1/bundles`: a USB bundle brought to a counter that is online, which hands it on. The
// relaying counter's token proves the office; the bundle's own signature proves its device. It
// is imported exactly as `npm run server -- import-bundle` does (bundleImport.ts), and the
// answer is the return bundle, for the stick.
import type { FastifyInstance } from 'fastify';
import { MAX_RELAYED_BUNDLE_BYTES } from '../../shared/sync/bundle';
import { deviceOf, requireDevice } from '../auth';
import type { Database } from '../db/database';
import { serverMessages } from '../messages';
import { acceptBytesOnly } from '../octetStream';
import { importBundle } from './bundleImport';

const m = serverMessages.bundles;

const statusOf: Record<string, number> = {
  'other-office': 403,
  'device-unknown': 403,
  'token-revoked': 403,
};

export function registerBundleRoutes(app: FastifyInstance, deps: { db: Database }): void {
  app.register(async (scope) => {
    acceptBytesOnly(scope, m);

    scope.post<{ Body: Buffer | undefined }>(
      '/v1/bundles',
      { onRequest: requireDevice(deps.db), bodyLimit: MAX_RELAYED_BUNDLE_BYTES },
      async (request, reply) => {
        const relay = deviceOf(request);
        const imported = await importBundle(
          deps.db,
          relay.officeId,
          request.body ?? Buffer.alloc(0),
        );
        if (!imported.ok) {
          return reply
            .code(statusOf[imported.code] ?? 400)
            .send({ error: imported.code, message: imported.message });
        }
        request.log.info(
          { officeId: relay.officeId, relayedBy: relay.deviceId, ops: imported.ops },
          'bundle relayed',
        );
        return reply
          .header('content-type', 'application/octet-stream')
          .send(Buffer.from(imported.returnBundle));
      },
    );
  });
}
