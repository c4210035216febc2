import { useEffect, useRef } from 'react';

export type InboxKeys = {
  next: () => void;
  previous: () => void;
  open: () => void;
  search: () => void;
  help: () => void;
};

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Inbox shortcuts: j / k move the active row, Enter opens it, / focuses the search, ? shows the
 * list of shortcuts. Physical keys (event.code) are used so they work in the Russian and Kazakh
 * keyboard layouts too. Nothing fires while typing in a field, with a modifier held, or when a
 * dialog is open.
 */
export function useInboxKeyboard(keys: InboxKeys, enabled = true) {
  const ref = useRef(keys);
  useEffect(() => {
    ref.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const k = ref.current;
      const slash = e.code === 'Slash' || e.key === '/' || e.key === '?';
      let handled = true;
      if (e.code === 'KeyJ' || e.key === 'j') k.next();
      else if (e.code === 'KeyK' || e.key === 'k') k.previous();
      else if (slash && (e.shiftKey || e.key === '?')) k.help();
      else if (slash) k.search();
      else if (e.key === 'Enter' && inRows(e.target)) k.open();
      else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Enter opens the active row only when focus is on a row (not on a button or link inside it). */
function inRows(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.tagName === 'TR';
}
