import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './menu';
import { menuMessages } from './menuMessages';

const labels = new Set<string>(Object.values(menuMessages).filter((v) => typeof v === 'string'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function template(isPackaged: boolean, shown: MessageBoxOptions[] = []) {
  return applicationMenuTemplate({
    isPackaged,
    version: '0.1.0',
    showMessageBox: (options) => shown.push(options),
  });
}

describe('the application menu', () => {
  it('labels every item from the Indonesian messages', () => {
    for (const packaged of [true, false]) {
      for (const item of items(template(packaged))) {
        if (item.type === 'separator') continue;
        expect(labels.has(item.label ?? ''), JSON.stringify(item)).toBe(true);
      }
    }
  });

  it('has the menus in order', () => {
    expect(template(true).map((menu) => menu.label)).toEqual([
      'Berkas',
      'Sunting',
      'Tampilan',
      'Bantuan',
    ]);
  });

  it('has no devtools and no reload when packaged', () => {
    const roles = items(template(true)).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('reload');
    expect(roles).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('has reload and devtools in an unpackaged build', () => {
    const roles = items(template(false)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('shows the version in the About box', () => {
    const shown: MessageBoxOptions[] = [];
    const about = items(template(true, shown)).find((item) => item.label === 'Tentang Loket');
    // The item ignores Electron's arguments (item, window, keyboard event).
    (about?.click as () => void)();
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Tentang Loket',
        message: 'Loket',
        detail: expect.stringMatching(/^Versi 0\.1\.0\n/),
        buttons: ['Tutup'],
      }),
    ]);
  });
});
