import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { lazyModule, WhenUsed } from './on-demand';

const tooltipModule = lazyModule(() => import('./tooltip-module'));

export type Tip<E extends HTMLElement = HTMLElement> = {
  ref: RefObject<E | null>;
  armed: boolean;
  opened: boolean;
  /** For the element the tooltip describes. */
  handlers: {
    onPointerEnter: () => void;
    onPointerLeave: () => void;
    onFocus: (e: FocusEvent<HTMLElement>) => void;
    onBlur: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
};

/**
 * A tooltip's events (hover after `openDelay`, touch, keyboard focus; Escape closes), with Mantine's
 * Tooltip mounted only once the element is first hovered or focused: a tooltip per clock badge
 * (floating-ui state, listeners, effects) was a third of the time a list took to draw its rows, and
 * its code (Floating UI) is not needed to show the first screen.
 */
export function useLazyTip<E extends HTMLElement>(openDelay: number): Tip<E> {
  const ref = useRef<E>(null);
  const [armed, setArmed] = useState(false);
  const [opened, setOpened] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const close = () => {
    clearTimeout(timer.current);
    setOpened(false);
  };
  const handlers = {
    onPointerEnter: () => {
      setArmed(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setOpened(true), openDelay);
    },
    onPointerLeave: close,
    onFocus: (e: FocusEvent<HTMLElement>) => {
      // As Mantine's tooltip: keyboard focus opens it, a mouse click's focus does not.
      if (!focusVisible(e.currentTarget)) return;
      setArmed(true);
      clearTimeout(timer.current);
      setOpened(true);
    },
    onBlur: close,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Escape') close();
    },
  };
  return { ref, armed, opened, handlers };
}

function focusVisible(el: HTMLElement): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible
  }
}

/** The tooltip of `useLazyTip`: nothing until the element is first hovered or focused. */
export function LazyTip(props: { tip: Tip; label: ReactNode; withArrow?: boolean }) {
  if (!props.tip.armed) return null;
  return (
    <WhenUsed module={tooltipModule} when prefetch={false}>
      {({ Tooltip }) => <Tooltip target={props.tip.ref} label={props.label} opened={props.tip.opened} withArrow={props.withArrow} />}
    </WhenUsed>
  );
}
