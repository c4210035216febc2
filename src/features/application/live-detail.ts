/**
 * The card's live updates. The backend's change feed (`src/api/changes.ts`, `invalidateOnChanges`,
 * subscribed once for every screen by the app's providers) refetches the card's detail (its
 * history, comments and documents are part of it) when another tab or user changes the
 * application. While an action form holds typed input, the card keeps showing the state the user
 * started from (the form keeps its expected version) and a notice says who changed what, with a
 * button to show the new state; otherwise the new state simply appears. The user's own changes from this tab never raise the notice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { applicationDetailQuery } from '../../api/applications';
import type { ApplicationDetail } from '../../api/schemas/applications';

export type CardLive = {
  /** An action form reports whether it holds input the user typed (`key`: its draft key). */
  setDirty: (key: string, dirty: boolean) => void;
  /** A change made here (its answer is about to replace the card): no notice for it. */
  markOwn: (detail: ApplicationDetail) => void;
  /** Show the newest state now (the notice's button, the conflict's "reload"). */
  accept: () => void;
  /** A newer state held back while a form has typed input (null: the card is current). */
  pending: ApplicationDetail | null;
};

const noop: CardLive = { setDirty: () => undefined, markOwn: () => undefined, accept: () => undefined, pending: null };

export const CardLiveContext = createContext<CardLive>(noop);

/** The card's live-update controls (no-ops outside the card). */
export function useCardLive(): CardLive {
  return useContext(CardLiveContext);
}

/** The audit entries of `newer` that `shown` does not have yet (oldest first). */
export function changesSince(shown: ApplicationDetail, newer: ApplicationDetail): ApplicationDetail['application']['audit'] {
  return newer.application.audit.filter((e) => e.version > shown.application.version);
}

/**
 * Decides what the card shows as the change feed refreshes its detail:
 * `shown` (the state the user works on) and `controls.pending` (a newer state held back, or null).
 */
export function useLiveDetail(id: string, live: ApplicationDetail | undefined) {
  const queryClient = useQueryClient();
  const [dirty, setDirtyKeys] = useState<ReadonlySet<string>>(() => new Set());
  const [pinned, setPinned] = useState<ApplicationDetail | null>(null);
  const [accepted, setAccepted] = useState(-1);
  const [previous, setPrevious] = useState(live);

  // A newer state arrived: hold it back while a form has typed input, unless it is our own.
  if (live !== previous) {
    setPrevious(live);
    const newer = live && previous && live.application.id === previous.application.id && live.application.version > previous.application.version;
    if (newer && !pinned && dirty.size > 0 && live.application.version > accepted) setPinned(previous);
  }
  // Another application (navigation): start over.
  if (pinned && live && pinned.application.id !== live.application.id) setPinned(null);
  // Everything held back is my own doing: the change feed was faster than my action's answer (a
  // lost answer retried with the same key, or just latency). Once that answer is in, show it:
  // holding it back left the card on the old state with the form, its notice naming me.
  else if (pinned && live && live.application.version <= accepted) setPinned(null);

  const setDirty = useCallback((key: string, value: boolean) => {
    setDirtyKeys((keys) => {
      if (keys.has(key) === value) return keys;
      const next = new Set(keys);
      if (value) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const markOwn = useCallback((detail: ApplicationDetail) => setAccepted((v) => Math.max(v, detail.application.version)), []);
  const accept = useCallback(() => {
    const latest = queryClient.getQueryData(applicationDetailQuery(id).queryKey);
    if (latest) markOwn(latest);
    setPinned(null);
  }, [queryClient, id, markOwn]);
  const shown = pinned ?? live;
  const pending = pinned && live && live.application.version > pinned.application.version ? live : null;
  const controls = useMemo<CardLive>(() => ({ setDirty, markOwn, accept, pending }), [setDirty, markOwn, accept, pending]);
  return { shown, controls };
}
