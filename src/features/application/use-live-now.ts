import { useEffect, useState } from 'react';

/** Server-aligned "now", refreshed every `everyMs` so countdowns tick without refetching. */
export function useLiveNow(offsetMs: number, everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date(Date.now() + offsetMs));
  useEffect(() => {
    setNow(new Date(Date.now() + offsetMs));
    const timer = setInterval(() => setNow(new Date(Date.now() + offsetMs)), everyMs);
    return () => clearInterval(timer);
  }, [offsetMs, everyMs]);
  return now;
}
