// The admin commands of `npm run server -- <command>`, on an open, migrated database; each
// returns the lines to print, or throws with what was wrong in the arguments.
import { randomInt } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { uuidv7 } from 'uuidv7';
import { hashPin } from '../shared/users/pin';
import { listConflicts } from './conflictList';
import type { Database } from './db/database';
import { createOffice, issueEnrolmentCode, listDevices, revokeDevice } from './enrolment';
import { rotateOfficeKey } from './officeKeys';
import { recordBpjsOutcome } from './outcomes';
import { createUser } from './staff';
import { importBundle } from './sync/bundleImport';

export const usage = [
  'npm run server                                  migrate, then serve',
  'npm run server -- migrate                       migrate and exit',
  'npm run server -- create-office <id> <name…>    e.g. dinsos-bulukumba Dinas Sosial Kabupaten Bulukumba',
  'npm run server -- issue-code <office> [hours]   a one-time enrolment code (default 24 hours)',
  'npm run server -- devices <office>              the office’s devices',
  'npm run server -- revoke <office> <device-id>   refuses the device’s token from now on',
  'npm run server -- create-admin <office> <name…> an admin account; prints its one-time PIN',
  'npm run server -- rotate-key <office>           a new signing key; older letters keep verifying',
  'npm run server -- conflicts <office>            values that lost, for a supervisor to review',
  'npm run server -- import-bundle <office> <file> <return-file>',
  '                                                a counter\u2019s USB bundle in; its return bundle out',
  'npm run server -- record-outcome <office> <case-id> accepted <card-number> <YYYY-MM-DD>',
  'npm run server -- record-outcome <office> <case-id> rejected <reason…>',
  '                                                BPJS’s answer; it wins over a counter’s',
].join('\n');

export class UsageError extends Error {}

const need = (value: string | undefined, what: string): string => {
  if (!value) throw new UsageError(`missing ${what}\n${usage}`);
  return value;
};

export async function runAdminCommand(db: Database, args: readonly string[]): Promise<string[]> {
  const [command, ...rest] = args;
  switch (command) {
    case 'create-office': {
      const id = need(rest[0], '<id>');
      const name = need(rest.slice(1).join(' ').trim() || undefined, '<name>');
      await createOffice(db, id, name);
      return [`office ${id} created: ${name}`];
    }
    case 'issue-code': {
      const office = need(rest[0], '<office>');
      const hours = rest[1] === undefined ? 24 : Number(rest[1]);
      if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 14) {
        throw new UsageError(`hours must be a whole number from 1 to 336, not ${rest[1]}`);
      }
      const { code, expiresAt } = await issueEnrolmentCode(db, office, { validHours: hours });
      return [`enrolment code for ${office}: ${code} (valid until ${expiresAt.toISOString()})`];
    }
    case 'devices': {
      const office = need(rest[0], '<office>');
      const devices = await listDevices(db, office);
      if (devices.length === 0) return [`${office} has no devices`];
      return devices.map(
        (device) =>
          `${device.deviceId}  ${device.label}  enrolled ${device.enrolledAt.toISOString()}${
            device.revokedAt ? `  revoked ${device.revokedAt.toISOString()}` : ''
          }`,
      );
    }
    case 'revoke': {
      const office = need(rest[0], '<office>');
      const device = need(rest[1], '<device-id>');
      if (!/^[0-9a-f-]{36}$/.test(device)) throw new UsageError(`not a device id: ${device}`);
      return (await revokeDevice(db, office, device))
        ? [`device ${device} revoked`]
        : [`${office} has no active device ${device}`];
    }
    case 'create-admin': {
      const office = need(rest[0], '<office>');
      const name = need(rest.slice(1).join(' ').trim() || undefined, '<name>');
      const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const stamp = new Date().toISOString();
      const id = uuidv7();
      await createUser(db, office, {
        id,
        name,
        roles: ['admin'],
        positions: [],
        pin: await hashPin(pin),
        failedAttempts: 0,
        lockedUntil: null,
        active: true,
        createdAt: stamp,
        updatedAt: stamp,
      });
      return [
        `admin ${name} created in ${office} (account ${id})`,
        `one-time PIN: ${pin}  (shown once; change it after the first sign-in)`,
      ];
    }
    case 'rotate-key': {
      const office = need(rest[0], '<office>');
      const key = await rotateOfficeKey(db, office);
      return [
        `office ${office} signs with key ${key.keyId} from now on; earlier keys stay in its keyring`,
      ];
    }
    case 'import-bundle': {
      const office = need(rest[0], '<office>');
      const file = need(rest[1], '<bundle-file>');
      const out = need(rest[2], '<return-file>');
      const imported = await importBundle(db, office, await readFile(file));
      if (!imported.ok) throw new Error(`${imported.code}: ${imported.message}`);
      await writeFile(out, imported.returnBundle);
      return [
        `${imported.ops} ops (${imported.rejected} rejected), ${imported.records} records back; return bundle written to ${out}`,
      ];
    }
    case 'conflicts': {
      const office = need(rest[0], '<office>');
      const open = await listConflicts(db, office);
      if (open.length === 0) return [`${office} has no open conflicts`];
      return open.map(
        (conflict) =>
          `${conflict.detectedAt.toISOString()}  ${conflict.kind} ${conflict.recordId}  ${conflict.field}: kept ${JSON.stringify(conflict.kept)}, lost ${JSON.stringify(conflict.lost)} (${conflict.rule})`,
      );
    }
    case 'record-outcome': {
      const office = need(rest[0], '<office>');
      const caseId = need(rest[1], '<case-id>');
      const kind = need(rest[2], 'accepted or rejected');
      const outcome =
        kind === 'accepted'
          ? {
              kind: 'accepted' as const,
              cardNumber: need(rest[3], '<card-number>'),
              activeFrom: need(rest[4], '<YYYY-MM-DD>'),
            }
          : kind === 'rejected'
            ? {
                kind: 'rejected' as const,
                reason: need(rest.slice(3).join(' ').trim() || undefined, '<reason>'),
              }
            : undefined;
      if (!outcome)
        throw new UsageError(`the answer is accepted or rejected, not ${kind}\n${usage}`);
      const recorded = await recordBpjsOutcome(db, office, caseId, outcome);
      if (!recorded.ok) return [`not recorded (${recorded.code}): ${recorded.message}`];
      return [
        recorded.replaced
          ? `case ${caseId}: BPJS's answer recorded; it replaced the counter's (${recorded.replaced.kind}), kept in conflicts`
          : `case ${caseId}: BPJS's answer recorded (${outcome.kind})`,
      ];
    }
    default:
      throw new UsageError(`unknown command "${command ?? ''}"\n${usage}`);
  }
}
