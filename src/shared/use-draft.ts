import { useEffect, useRef } from 'react';

const PREFIX = 'kz-licensing.draft.';

/** Reads a saved draft (or null when there is none or it cannot be parsed). */
export function readDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** Forgets a draft once its form was sent successfully. */
export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    /* storage unavailable: nothing was saved either */
  }
}

/**
 * Keeps `values` in localStorage under `key` (debounced) so a reload, a crash or a failed
 * request never loses typed text. Pass `enabled: false` while the values are pristine.
 */
export function useDraft<T>(key: string, values: T, enabled = true, delayMs = 300): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(values));
      } catch {
        /* quota or privacy mode: the form still works, only the draft is not kept */
      }
    }, delayMs);
    return () => clearTimeout(timer.current);
  }, [key, values, enabled, delayMs]);
}
