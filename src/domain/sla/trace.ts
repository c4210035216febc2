/**
 * Explanation of a deadline (rule 11) as codes and values, never sentences: the UI translates.
 */
import type { Engine } from './engine.ts';
import type { DayLabel, Unit } from './types.ts';
import type { UnitRule } from './working-time.ts';
import { formatDay, weekdayIndex } from './zone.ts';

export type SkipReason = 'weekend' | 'holiday' | 'moved_day_off';
export type StartMoveReason = 'after_hours' | 'before_hours' | 'break' | 'day_off';
type Name = { ru: string; kk: string };

export type TraceEntry =
  | { code: 'regulation'; source: string }
  | { code: 'start'; at: string }
  | { code: 'start_moved'; from: string; to: string; reason: StartMoveReason }
  | { code: 'unit_rule'; unit: Unit; value: number; rule: UnitRule }
  | { code: 'unit_rule'; unit: Unit; min: number; max: number; rule: UnitRule }
  | { code: 'day_skipped'; date: string; reason: SkipReason; holidayId?: string; name?: Name }
  /** A collapsed run of consecutive days skipped for the same reason. */
  | { code: 'days_skipped'; from: string; to: string; count: number; reason: SkipReason; holidayId?: string; name?: Name }
  /** Days (skipped or worked weekend) left out once the list is long. */
  | { code: 'more_days_skipped'; count: number }
  | { code: 'worked_weekend'; date: string }
  | { code: 'pause'; from: string; to: string | null; ground: string }
  | { code: 'expected'; at: string }
  | { code: 'deadline'; at: string }
  | { code: 'finished'; at: string };

/** Runs at least this long are collapsed into one `days_skipped` entry. */
const COLLAPSE_RUN = 4;
/** At most this many day entries; the rest is counted in `more_days_skipped`. */
const MAX_DAY_ENTRIES = 30;

type Skip = { day: number; reason: SkipReason; label?: DayLabel };

function skipOf(engine: Engine, day: number, labels: Record<string, DayLabel>): Skip {
  const label = labels[formatDay(day)];
  if (engine.offDays.has(day)) {
    return { day, reason: label?.kind === 'holiday' ? 'holiday' : 'moved_day_off', label };
  }
  return label?.kind === 'holiday' ? { day, reason: 'holiday', label } : { day, reason: 'weekend' };
}

function withLabel<T extends object>(e: T, label?: DayLabel): T {
  if (label?.holidayId) Object.assign(e, { holidayId: label.holidayId });
  if (label?.name) Object.assign(e, { name: label.name });
  return e;
}

/**
 * Day entries for local days `from..to` (inclusive): skipped (non-working) days with their
 * reason and worked weekend days, in date order, long runs collapsed, capped.
 */
export function dayEntries(engine: Engine, from: number, to: number, labels: Record<string, DayLabel>): TraceEntry[] {
  const out: TraceEntry[] = [];
  let dayEntriesCount = 0;
  let omitted = 0;
  let run: Skip[] = [];
  const push = (e: TraceEntry, days = 1) => {
    if (dayEntriesCount < MAX_DAY_ENTRIES) {
      out.push(e);
      dayEntriesCount++;
    } else omitted += days;
  };
  const flush = () => {
    if (run.length >= COLLAPSE_RUN) {
      const first = run[0];
      push(
        withLabel(
          {
            code: 'days_skipped' as const,
            from: formatDay(first.day),
            to: formatDay(run[run.length - 1].day),
            count: run.length,
            reason: first.reason,
          },
          first.label,
        ),
        run.length,
      );
    } else {
      for (const s of run) push(withLabel({ code: 'day_skipped' as const, date: formatDay(s.day), reason: s.reason }, s.label));
    }
    run = [];
  };
  for (let d = from; d <= to; d++) {
    if (engine.isWorking(d)) {
      flush();
      if (engine.extraDays.has(d) && engine.templates[weekdayIndex(d)].length === 0) {
        push({ code: 'worked_weekend', date: formatDay(d) });
      }
      continue;
    }
    const s = skipOf(engine, d, labels);
    const prev = run[run.length - 1];
    if (prev && (prev.reason !== s.reason || prev.label?.holidayId !== s.label?.holidayId)) flush();
    run.push(s);
  }
  flush();
  if (omitted > 0) out.push({ code: 'more_days_skipped', count: omitted });
  return out;
}

/** Why a minutes/hours count does not begin at the start instant itself. */
export function startMoveReason(engine: Engine, start: number): StartMoveReason {
  const day = engine.locate(start);
  if (!engine.isWorking(day)) return 'day_off';
  if (start < engine.dayFirstStart(day)) return 'before_hours';
  if (start >= engine.dayEnd(day)) return 'after_hours';
  return 'break';
}
