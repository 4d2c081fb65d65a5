import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/desktopSettings';
import { loadSettings, saveSettings } from './settings';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-settings-'));
  path = join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-12-01T10:15:00.123Z');

describe('desktop settings', () => {
  it('starts from the defaults when there is no file yet', async () => {
    expect(await loadSettings(path)).toEqual({ settings: defaultSettings, notice: null });
  });

  it('saves and loads back what the office set', async () => {
    const settings = {
      ...defaultSettings,
      archiveDir: 'D:\\Arsip Surat',
      printers: { rekomendasiApbd: 'Epson L3210' },
      defaultPrinter: 'HP LaserJet P1102',
      serverUrl: 'https://loket.mentawaikab.go.id',
    };
    expect(await saveSettings(path, settings)).toEqual({ ok: true, settings });
    expect(await loadSettings(path)).toEqual({ settings, notice: null });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses a bad value in Indonesian and leaves the file as it was', async () => {
    await saveSettings(path, defaultSettings);
    const before = await readFile(path, 'utf8');
    const refused = await saveSettings(path, { ...defaultSettings, serverUrl: 'ftp://server' });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Pengaturan tidak disimpan: serverUrl/),
    });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it.each([
    ['broken JSON', '{"version": 1, "archiveDir": '],
    [
      'a wrong type',
      JSON.stringify({
        ...defaultSettings,
        backup: { ...defaultSettings.backup, keepDaily: 'tujuh' },
      }),
    ],
    ['an unknown key', JSON.stringify({ ...defaultSettings, theme: 'dark' })],
  ])(
    'sets a file with %s aside, keeps it, and uses the defaults with a notice',
    async (_, text) => {
      await writeFile(path, text);
      const loaded = await loadSettings(path, undefined, now);
      expect(loaded.settings).toEqual(defaultSettings);
      expect(loaded.notice).toMatch(/^Berkas pengaturan tidak dapat dibaca/);
      expect(loaded.notice).toContain('settings.rusak-2026-12-01T10-15-00Z.json');
      expect(await readdir(dir)).toEqual(['settings.rusak-2026-12-01T10-15-00Z.json']);
      expect(await readFile(join(dir, 'settings.rusak-2026-12-01T10-15-00Z.json'), 'utf8')).toBe(
        text,
      );
    },
  );
});
