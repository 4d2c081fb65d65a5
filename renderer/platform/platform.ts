// The platform the renderer runs on: Electron's `window.loket` (main/preload.ts) when the
// desktop app is there, otherwise the browser-mode implementation of the same contract.
import type { LoketApi } from '../../shared/ipc';
import { webPlatform } from './web';

declare global {
  interface Window {
    loket?: LoketApi;
  }
}

const desktopApi = (): LoketApi | undefined =>
  typeof window === 'undefined' ? undefined : window.loket;

export const platform = (): LoketApi => desktopApi() ?? webPlatform;

/** Whether printers, the archive folder and backups are there (the Electron app). */
export const isDesktop = (): boolean => desktopApi() !== undefined;
