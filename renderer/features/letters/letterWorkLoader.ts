// The heavy half of the letter panel (letterWork.ts: react-pdf, the Arimo faces, signing),
// fetched once. The shell fetches it in idle time after sign-in, so a counter whose link drops
// later still draws and issues letters: in browser mode the chunk and the fonts come from the
// server that serves the app (in Electron they are local files).
import { letterLabels } from './labels';
import type * as letterWorkModule from './letterWork';

export type LetterWorkModule = typeof letterWorkModule;

/**
 * A loader that runs `load` once and keeps its module; a failed load is forgotten, so the next
 * call tries again, and rejects with an Indonesian message that names the cause.
 */
export function letterWorkLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(letterLabels.errors.notLoaded(detail), { cause: error });
    });
    return loading;
  };
}

/** The letter work with its fonts read, ready to draw without the network. */
export const loadLetterWork = letterWorkLoader<LetterWorkModule>(async () => {
  const module = await import('./letterWork');
  await module.loadLetterFonts();
  return module;
});
