import { useState } from 'react';

const SAMPLES = 4;

/**
 * How far the server's clock is ahead of this browser's (the demo can move the server clock).
 * Each list answer carries the server's `now`; `now - receivedAt` underestimates the offset by
 * the answer's latency, and an answer that was under way while the local clock jumped (a laptop
 * waking up, a test's fake clock) underestimates it by the whole jump. So the best of the last
 * few answers is taken.
 */
export function useServerOffset(serverNow: string | undefined, receivedAt: number): number {
  const [samples, setSamples] = useState<number[]>([]);
  const [seen, setSeen] = useState(0);
  if (serverNow && receivedAt > 0 && receivedAt !== seen) {
    const sample = Date.parse(serverNow) - receivedAt;
    setSeen(receivedAt);
    if (Number.isFinite(sample)) setSamples((prev) => [...prev.slice(-(SAMPLES - 1)), sample]);
  }
  return samples.length > 0 ? Math.max(...samples) : 0;
}
