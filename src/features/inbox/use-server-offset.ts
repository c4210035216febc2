import { useState } from 'react';

const SAMPLES = 4;
/**
 * The offset in use changes only when the estimate moves by at least this much: every answer
 * gives a slightly different sample (its latency), and a new offset is a new "now" for every row
 * of the table (all of them re-render and recount their clocks). Clocks show whole minutes.
 */
const STEADY_MS = 1_000;

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
  const [offset, setOffset] = useState(0);
  if (serverNow && receivedAt > 0 && receivedAt !== seen) {
    const sample = Date.parse(serverNow) - receivedAt;
    setSeen(receivedAt);
    if (Number.isFinite(sample)) setSamples((prev) => [...prev.slice(-(SAMPLES - 1)), sample]);
  }
  const best = samples.length > 0 ? Math.max(...samples) : 0;
  if (Math.abs(best - offset) >= STEADY_MS) setOffset(best);
  return offset;
}
