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

/** Saves a draft now (a value that is not a form's values, e.g. the key of a pending submit). */
export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* quota or privacy mode: the form still works, only the draft is not kept */
  }
}

/**
 * Keeps `values` in localStorage under `key` (debounced) so a reload, a crash or a failed
 * request never loses typed text. Pass `enabled: false` while the values are pristine. A write
 * still waiting for its delay is done at once when the page goes away (reload, close, another
 * site) or the form unmounts, so the last keystrokes before a reload are kept too.
 */
export function useDraft<T>(key: string, values: T, enabled = true, delayMs = 300): void {
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!enabled) {
      pending.current = null;
      return;
    }
    const write = () => {
      pending.current = null;
      writeDraft(key, values);
    };
    pending.current = write;
    const timer = setTimeout(write, delayMs);
    return () => clearTimeout(timer);
  }, [key, values, enabled, delayMs]);
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
