import { useEffect } from 'react';
import { loadLetterWork } from './letterWorkLoader';

/**
 * Fetches the letter work in idle time once someone is signed in, or once the link is back when
 * the browser knows it has none (react-pdf keeps a failed font load for the page's life, so it
 * is not tried offline). A failure is logged: the letter panel tells the person when they use it.
 */
export function useLetterWorkWarmUp(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return undefined;
    let idle: number | undefined;
    const warm = () => {
      idle = requestIdleCallback(() => {
        loadLetterWork().catch((error: unknown) =>
          console.error('The letter work could not be loaded ahead of use', error),
        );
      });
    };
    if (navigator.onLine) warm();
    else window.addEventListener('online', warm, { once: true });
    return () => {
      window.removeEventListener('online', warm);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [signedIn]);
}
