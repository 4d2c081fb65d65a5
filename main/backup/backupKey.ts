// The age key (X25519) that encrypts this device's backups. It is made once, on the first
// backup, and kept in one file in the app's data folder only as the ciphertext of the operating
// system's secret store (Electron `safeStorage`, async API: DPAPI on Windows), never in plain.
// A sealed key that cannot be opened is left as it is: a new key would not open the backups
// made with the old one.
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { SafeStorageLike } from '../device/deviceToken';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { writeAtomically } from '../files/writeAtomically';
import { detailOf, fail, type BackupResult } from './failures';
import { backupMessages as m } from './messages';

export interface BackupKey {
  /** `AGE-SECRET-KEY-1…`: decrypts. */
  identity: string;
  /** `age1…`: encrypts. */
  recipient: string;
}

const identityPattern = /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/;

/** The device's backup key, made and sealed at `path` the first time. */
export async function loadBackupKey(
  path: string,
  safeStorage: SafeStorageLike,
  io: FileIo = nodeFileIo,
): Promise<BackupResult<BackupKey>> {
  if (!(await safeStorage.isAsyncEncryptionAvailable()))
    return fail('no-encryption', m.noEncryption);
  const seal = async (identity: string) =>
    writeAtomically(io, path, await safeStorage.encryptStringAsync(identity));
  const sealed = await io.read(path);
  if (sealed === undefined) {
    const identity = await generateX25519Identity();
    await seal(identity);
    return { ok: true, value: { identity, recipient: await identityToRecipient(identity) } };
  }
  let opened: { result: string; shouldReEncrypt: boolean };
  try {
    opened = await safeStorage.decryptStringAsync(Buffer.from(sealed));
  } catch (error) {
    return fail('key-unreadable', m.keyUnreadable(detailOf(error)));
  }
  const identity = opened.result;
  if (!identityPattern.test(identity)) return fail('key-unreadable', m.keyUnreadable('format'));
  // The system rotated its own key: seal ours again under the new one.
  if (opened.shouldReEncrypt) await seal(identity);
  return { ok: true, value: { identity, recipient: await identityToRecipient(identity) } };
}

/** A new recovery key for the office: the secret half for paper, the public half for settings. */
export async function makeRecoveryKey(): Promise<BackupKey> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}
