import { useMemo } from 'react';
import type { ClockWithTrace } from '../../../api/schemas/common';
import { tickClock } from '../../../domain/sla/tick';
import type { ClockView } from '../../../shared/clock-badge';
import { useCard } from '../card-context';
import { useLiveNow } from '../use-live-now';

/** The API's clock as the badge wants it ('none' is the badge's 'no_norm'). */
export function toClockView(clock: Pick<ClockWithTrace, 'state' | 'deadline' | 'remainingMinutes'> | null): ClockView | null {
  if (!clock) return null;
  const state = clock.state as string;
  return {
    state: state === 'none' ? 'no_norm' : clock.state,
    deadline: clock.deadline,
    remainingMinutes: clock.remainingMinutes,
  };
}

/** Both clocks of the card, ticking every 30 seconds with the domain's rules. */
export function useLiveClocks() {
  const { detail, sla, catalog, clockOffsetMs } = useCard();
  const now = useLiveNow(clockOffsetMs);
  return useMemo(() => {
    const tick = (c: ClockWithTrace | null) => {
      if (!c) return null;
      try {
        return tickClock(c, sla, now, catalog.atRiskShare);
      } catch {
        return c;
      }
    };
    return { step: tick(detail.stepClock), service: tick(detail.serviceClock), now };
  }, [detail.stepClock, detail.serviceClock, sla, now, catalog.atRiskShare]);
}
