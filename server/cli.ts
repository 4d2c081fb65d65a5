// The admin commands of `npm run server -- <command>`, on an open, migrated database; each
// returns the lines to print, or throws with what was wrong in the arguments.
import type { Database } from './db/database';
import { createOffice, issueEnrolmentCode, listDevices, revokeDevice } from './enrolment';

export const usage = [
  'npm run server                                  migrate, then serve',
  'npm run server -- migrate                       migrate and exit',
  'npm run server -- create-office <id> <name…>    e.g. dinsos-bulukumba Dinas Sosial Kabupaten Bulukumba',
  'npm run server -- issue-code <office> [hours]   a one-time enrolment code (default 24 hours)',
  'npm run server -- devices <office>              the office’s devices',
  'npm run server -- revoke <office> <device-id>   refuses the device’s token from now on',
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
    default:
      throw new UsageError(`unknown command "${command ?? ''}"\n${usage}`);
  }
}
