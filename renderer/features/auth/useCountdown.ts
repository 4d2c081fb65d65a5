import { useEffect, useState } from 'react';

/** Milliseconds left until `until` (0 once passed), refreshed every second; null without a date. */
export function useCountdown(until: Date | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  return until ? Math.max(0, until.getTime() - now) : null;
}
