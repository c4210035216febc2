import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from '../../../api/client';

/**
 * One idempotency key per intent: the same payload sent again (a retry after a network failure,
 * a double click) reuses the key, so the server performs it once; a changed payload is a new
 * intent and gets a new key; `done()` forgets the key after the server answered for good.
 */
export function useIntentKey() {
  const current = useRef<{ fingerprint: string; key: string } | null>(null);
  const keyFor = useCallback((payload: unknown) => {
    const fingerprint = JSON.stringify(payload);
    if (!current.current || current.current.fingerprint !== fingerprint) {
      current.current = { fingerprint, key: newIdempotencyKey() };
    }
    return current.current.key;
  }, []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, done };
}
