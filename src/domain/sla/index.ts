/**
 * Deadline arithmetic and clocks (`shared/design/sla-semantics.md`). Pure: time comes in as
 * arguments; importing this module pulls only the small national calendar tables.
 */
export type {
  DayLabel,
  Norm,
  Period,
  SlaContext,
  SlaErrorCode,
  SlaResult,
  Unit,
  WorkCalendar,
  WorkSchedule,
} from './types.ts';
export { SlaError } from './types.ts';
export { validateNorm } from './schedule.ts';
export { addWorkingTime, isWorkingDay, workingMinutesBetween } from './working-time.ts';
export { tryAddWorkingTime, type UnitRule } from './working-time.ts';
export {
  computeClock,
  tryComputeClock,
  type Clock,
  type ClockInput,
  type ClockPause,
  type ClockStateCode,
} from './clock.ts';
export type { SkipReason, StartMoveReason, TraceEntry } from './trace.ts';
export { providerContext, type CompactSchedule } from './provider-context.ts';
export { tickClock, type TickableClock } from './tick.ts';
