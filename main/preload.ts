// The preload script (sandboxed, context-isolated): exposes `window.loket`, one function per
// method of the platform contract (shared/ipc.ts) and `on` for main's events, and nothing of
// Electron itself. Built by scripts/build-main.mjs into dist-electron/preload.cjs.
import { contextBridge, ipcRenderer } from 'electron';
import { buildLoketApi } from './preloadApi';

contextBridge.exposeInMainWorld('loket', buildLoketApi(ipcRenderer));
