/**
 * Injected failures (demo controls): 500, 503 or a hang that ends in 504, decided per request
 * and phase ('before' the change is stored, 'after' it, or either at random).
 */
import type { Backend } from './runtime.ts';
import { errorResponse } from './responses.ts';

export async function faultResponse(b: Backend, signal: AbortSignal): Promise<Response> {
  const kinds = b.demo.faultKinds.length > 0 ? b.demo.faultKinds : (['500'] as const);
  const kind = kinds[Math.floor(Math.random() * kinds.length)];
  if (kind === '503') return errorResponse(503, 'unavailable');
  if (kind === 'timeout') {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, b.demo.timeoutMs);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });
    return errorResponse(504, 'timeout');
  }
  return errorResponse(500, 'internal');
}

export function shouldFault(b: Backend, phase: 'before' | 'after'): boolean {
  if (b.demo.faultRate <= 0 || Math.random() >= b.demo.faultRate) return false;
  if (b.demo.faultPhase === 'random') return (Math.random() < 0.5 ? 'before' : 'after') === phase;
  return b.demo.faultPhase === phase;
}

