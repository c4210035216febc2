import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
import { cloneElement, useCallback, useContext, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';

/**
 * Code the first screen does not need to show itself: what a menu, a popover or a tooltip needs
 * (Floating UI), a dialog, the notification stack. Each is a module of its own (a chunk), loaded
 * once for every control that uses it: on the first sign of use (hover, focus, click), and in any
 * case once the screen has settled after its first render, so that a control used later finds it
 * there, even if the network is gone by then.
 */
export type LazyModule<T> = { load: () => Promise<T>; loaded: () => T | undefined };

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (v) => (value = v),
        (error: unknown) => {
          pending = undefined; // a failed download is tried again at the next use
          throw error;
        },
      )),
    loaded: () => value,
  };
}

const IDLE_TIMEOUT_MS = 2000;
const SETTLE_RETRY_MS = 500;

/** Runs `fn` when the browser is idle (at the latest after two seconds); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1);
  return () => clearTimeout(id);
}

/**
 * Calls `fn` at the first idle moment when no query is fetching: the screen has its data, and a
 * prefetch does not compete with what it still needs. Returns a cancel.
 */
function whenSettled(queryClient: QueryClient | undefined, fn: () => void): () => void {
  let cancel = () => {};
  const attempt = () => {
    cancel = whenIdle(() => {
      if (!queryClient || queryClient.isFetching() === 0) return fn();
      const id = setTimeout(attempt, SETTLE_RETRY_MS);
      cancel = () => clearTimeout(id);
    });
  };
  attempt();
  return () => cancel();
}

/**
 * The module once loaded (the component renders again then), and a `load` for the first sign of
 * use. Unless `prefetch` is false, the load starts anyway once the screen has settled after the
 * component's first render.
 */
export function useLazyModule<T>(module: LazyModule<T>, prefetch = true): [T | undefined, () => void] {
  const queryClient = useContext(QueryClientContext);
  const [value, setValue] = useState(module.loaded);
  const load = useCallback(() => {
    module.load().then(
      (v) => setValue(() => v),
      () => undefined, // offline: the control stays as it is; the next use tries again
    );
  }, [module]);
  useEffect(() => {
    if (value !== undefined || !prefetch) return;
    return whenSettled(queryClient, load);
  }, [value, prefetch, load, queryClient]);
  return [value, load];
}

/**
 * Renders `children(module)` from the first time `when` is true on (a dialog stays mounted after
 * that, for its closing transition and the focus it gives back), once the module is loaded.
 */
export function WhenUsed<T>(props: { module: LazyModule<T>; when: boolean; prefetch?: boolean; children: (module: T) => ReactNode }) {
  const [value, load] = useLazyModule(props.module, props.prefetch);
  const [used, setUsed] = useState(props.when);
  if (props.when && !used) setUsed(true);
  useEffect(() => {
    if (used && value === undefined) load();
  }, [used, value, load]);
  return used && value !== undefined ? props.children(value) : null;
}

/**
 * A control whose popup (menu, popover) lives in a lazy module. Until its first click the control
 * shows a stand-in: its own trigger with the attributes the popup's trigger has while closed
 * (`aria-haspopup`, `aria-expanded`); the click loads the module if need be and then mounts the real
 * control, opened. Only then, not on an idle load: a keyboard user's focus would be lost in the swap.
 * The trigger element must take `triggerRef`: the real trigger takes over the stand-in's focus
 * before the popup opens, so that the popup gives it back there when it closes.
 */
export function useLazyPopup<T, E extends HTMLElement = HTMLButtonElement>(module: LazyModule<T>, popup: 'menu' | 'dialog') {
  const [, load] = useLazyModule(module);
  const triggerRef = useRef<E>(null);
  // The real control is mounted closed for one commit ('swap'), then opened.
  const [stage, setStage] = useState<'stand-in' | 'swap' | 'real'>('stand-in');
  const [opened, setOpened] = useState(false);
  const hadFocus = useRef(false);
  const open = () => {
    module.load().then(
      () => {
        hadFocus.current = triggerRef.current !== null && document.activeElement === triggerRef.current;
        setStage('swap');
      },
      () => undefined,
    );
  };
  useEffect(() => {
    if (stage !== 'swap') return;
    if (hadFocus.current) triggerRef.current?.focus();
    setOpened(true);
    setStage('real');
  }, [stage]);
  /** The stand-in: `trigger` as the closed popup's trigger, opening on click. */
  const standIn = (trigger: ReactElement<Record<string, unknown>>) =>
    cloneElement(trigger, { 'aria-haspopup': popup, 'aria-expanded': false, onClick: open, onPointerEnter: load, onFocus: load });
  return { real: stage === 'stand-in' ? undefined : module.loaded(), opened, setOpened, standIn, triggerRef };
}
