import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType, type Location } from 'react-router';

const STORAGE_KEY = 'kz-licensing.scroll';

function readPositions(): Record<string, number> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return saved && typeof saved === 'object' ? (saved as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Positions of the history entries of this tab, kept over a reload (as the browser keeps the entries). */
let positions: Record<string, number> | undefined;
let lastScrollY = 0;

/**
 * The window's scroll position per history entry (`getKey`): going back or forward returns to
 * where the user was; a new page starts at its top, or at the element its address's hash names;
 * a new query of the same page (a search, a filter) leaves the scroll where it is.
 */
export function useScrollRestoration(getKey: (location: Location) => string) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const key = getKey(location);

  useEffect(() => {
    const { scrollRestoration } = window.history;
    window.history.scrollRestoration = 'manual';
    const save = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions ?? {}));
      } catch {
        // Storage full or unavailable: positions are then kept for this page's life only.
      }
    };
    // The position as of the last scroll: reading `scrollY` while a navigation commits would make
    // the browser lay the new page out there and then (the rows are still to come), once more.
    const follow = () => {
      lastScrollY = window.scrollY;
    };
    window.addEventListener('pagehide', save);
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      window.removeEventListener('pagehide', save);
      window.removeEventListener('scroll', follow);
      window.history.scrollRestoration = scrollRestoration;
    };
  }, []);

  const shownPath = useRef<string | null>(null);
  useLayoutEffect(() => {
    positions ??= readPositions();
    const saved = positions[key];
    const sameScreen = shownPath.current === location.pathname;
    shownPath.current = location.pathname;
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
    else if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    // A new search or filter on the same screen stays where the user is (and costs no layout).
    else if (navigationType !== 'POP' && !sameScreen) window.scrollTo(0, 0);
    return () => {
      (positions ??= {})[key] = lastScrollY;
    };
    // The entry's key decides; its hash is part of the entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
