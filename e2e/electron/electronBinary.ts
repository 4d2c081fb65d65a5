// Where the Electron smoke test finds Electron, and why it is skipped when there is none.
import { electronBinary as findElectron } from '../../scripts/electronBinary.mjs';

export const electronBinary = findElectron();

export const noElectronReason =
  'No Electron binary (node_modules/electron/dist): the Electron smoke test is skipped. It runs where `npm ci` could download Electron (without ELECTRON_SKIP_BINARY_DOWNLOAD).';
