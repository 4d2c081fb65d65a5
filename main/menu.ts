// The application menu, in Indonesian. Only what the app has: quit, the edit roles for the
// forms, zoom and full screen for the counter screen, and the About box. Reload and the
// devtools only in an unpackaged build; a packaged one has neither.
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { menuMessages as m } from './menuMessages';

export interface MenuDeps {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getVersion()`, shown in the About box. */
  version: string;
  /** Shows a message box, e.g. `(options) => dialog.showMessageBox(window, options)`. */
  showMessageBox: (options: MessageBoxOptions) => unknown;
}

export function aboutBox(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: m.about,
    message: 'Loket',
    detail: m.aboutDetail(version),
    buttons: [m.close],
  };
}

/** The template for `Menu.setApplicationMenu(Menu.buildFromTemplate(…))`. */
export function applicationMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = deps.isPackaged
    ? []
    : [
        { role: 'reload', label: m.reload },
        { role: 'toggleDevTools', label: m.devTools },
        { type: 'separator' },
      ];
  return [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        ...developer,
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.help,
      submenu: [{ label: m.about, click: () => deps.showMessageBox(aboutBox(deps.version)) }],
    },
  ];
}
