import { useEffect, useMemo, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` (a minute is enough for working-time
 * countdowns) and when the tab becomes visible again. `offsetMs` shifts it to the server's clock.
 */
export function useNow(intervalMs = 60_000, offsetMs = 0): Date {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [intervalMs]);
  return useMemo(() => new Date(now + offsetMs), [now, offsetMs]);
}
