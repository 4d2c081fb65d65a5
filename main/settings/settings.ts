// The desktop's own settings (archive and backup folders, printers, paper, server), in one
// JSON file in the app's data folder, validated on load. A file that cannot be read as
// settings is kept aside under another name and the defaults are used, with a message the
// app shows; nothing the office typed is thrown away.
import { join, dirname, basename } from 'node:path';
import { parseWith } from '../../shared/letters/verification/parseWith';
import {
  defaultSettings,
  desktopSettingsSchema,
  type DesktopSettings,
} from '../../shared/desktopSettings';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { writeAtomically } from '../files/writeAtomically';
import { settingsMessages as m } from './messages';

export interface LoadedSettings {
  settings: DesktopSettings;
  /** Shown to the user when the file was set aside; null when all is well. */
  notice: string | null;
}

/** The file kept aside: `settings.json` → `settings.rusak-2026-12-01T10-15-00Z.json`. */
const asideName = (path: string, now: Date) =>
  join(
    dirname(path),
    `${basename(path, '.json')}.rusak-${now
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z')}.json`,
  );

/** Reads the settings file; a missing one gives the defaults, a bad one is set aside. */
export async function loadSettings(
  path: string,
  io: FileIo = nodeFileIo,
  now: Date = new Date(),
): Promise<LoadedSettings> {
  const bytes = await io.read(path);
  if (bytes === undefined) return { settings: defaultSettings, notice: null };
  let problem: string;
  try {
    const parsed = parseWith(desktopSettingsSchema, JSON.parse(new TextDecoder().decode(bytes)));
    if (parsed.ok) return { settings: parsed.value, notice: null };
    problem = parsed.details;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  const aside = asideName(path, now);
  await io.rename(path, aside);
  return { settings: defaultSettings, notice: m.setAside(aside, problem) };
}

/** Validates and writes the settings atomically; a bad value is refused and nothing changes. */
export async function saveSettings(
  path: string,
  settings: unknown,
  io: FileIo = nodeFileIo,
): Promise<{ ok: true; settings: DesktopSettings } | { ok: false; message: string }> {
  const parsed = parseWith(desktopSettingsSchema, settings);
  if (!parsed.ok) return { ok: false, message: m.invalid(parsed.details) };
  await io.mkdir(dirname(path));
  const text = `${JSON.stringify(parsed.value, null, 2)}\n`;
  await writeAtomically(io, path, new TextEncoder().encode(text));
  return { ok: true, settings: parsed.value };
}
