import { useEffect } from 'react';
import { isIdle } from './sessionRecord';
import { useSession } from './useSession';

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;
const checkEveryMs = 5_000;

/** Locks the session after `minutes` without a key press, click or scroll. */
export function useIdleLock(minutes: number): void {
  useEffect(() => {
    const { touch } = useSession.getState();
    const onActivity = () => touch();
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const session = useSession.getState();
      if (session.status === 'unlocked' && isIdle(session.lastActiveAt(), Date.now(), minutes)) {
        session.lock();
      }
    }, checkEveryMs);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity);
      window.clearInterval(timer);
    };
  }, [minutes]);
}
