/**
 * "Why this deadline?": the domain's trace (codes and values, sla-semantics rule 11) turned into
 * translation keys with ready-made values. Pure; formatting of dates and norms is passed in.
 */
import type { Lang } from '../card-model';
import { citationText } from '../citation';

export type ExplainFormat = {
  /** ISO instant → '25 нояб. 2026, 14:30' in the provider's zone. */
  dateTime: (iso: string) => string;
  /** 'YYYY-MM-DD' → '21 марта, суббота'. */
  day: (day: string) => string;
  /** Norm → '2 рабочих дня' / '3–10 рабочих дней'. */
  norm: (norm: { unit: string; value?: number; min?: number; max?: number }) => string;
  /** Translated pause ground. */
  ground: (ground: string) => string;
};

export type ExplainLine = { key: string; values: Record<string, string | number> };

type Entry = Record<string, unknown> & { code?: unknown };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

function holidayName(e: Entry, lng: Lang): string {
  const name = e.name as { ru?: string; kk?: string } | undefined;
  return (name && (name[lng] ?? name.ru)) || str(e.holidayId);
}

/** One translated line per trace entry; unknown codes are skipped (newer server, older UI). */
export function explainTrace(trace: unknown[] | undefined, fmt: ExplainFormat, lng: Lang): ExplainLine[] {
  const out: ExplainLine[] = [];
  for (const raw of trace ?? []) {
    if (!raw || typeof raw !== 'object') continue;
    const e = raw as Entry;
    switch (e.code) {
      case 'regulation': {
        // Catalog citations in the user's language; a research note without Kazakh text is said in words.
        const source = citationText(str(e.source), lng);
        out.push(source === null ? { key: 'explain.regulationDefault', values: {} } : { key: 'explain.regulation', values: { source } });
        break;
      }
      case 'start':
        out.push({ key: 'explain.start', values: { at: fmt.dateTime(str(e.at)) } });
        break;
      case 'start_moved':
        out.push({
          key: `explain.startMoved.${str(e.reason) || 'after_hours'}`,
          values: { from: fmt.dateTime(str(e.from)), to: fmt.dateTime(str(e.to)) },
        });
        break;
      case 'unit_rule': {
        const norm = fmt.norm({ unit: str(e.unit), value: e.value as number | undefined, min: e.min as number | undefined, max: e.max as number | undefined });
        out.push({ key: `explain.rule.${str(e.rule) || 'working_time'}`, values: { norm } });
        break;
      }
      case 'day_skipped': {
        const reason = str(e.reason) || 'weekend';
        out.push({ key: `explain.skipped.${reason}`, values: { date: fmt.day(str(e.date)), name: holidayName(e, lng) } });
        break;
      }
      case 'days_skipped': {
        const reason = str(e.reason) || 'weekend';
        out.push({
          key: `explain.skippedRun.${reason}`,
          values: { from: fmt.day(str(e.from)), to: fmt.day(str(e.to)), count: num(e.count), name: holidayName(e, lng) },
        });
        break;
      }
      case 'more_days_skipped':
        out.push({ key: 'explain.moreSkipped', values: { count: num(e.count) } });
        break;
      case 'worked_weekend':
        out.push({ key: 'explain.workedWeekend', values: { date: fmt.day(str(e.date)) } });
        break;
      case 'pause':
        out.push({
          key: e.to ? 'explain.pause' : 'explain.pauseOpen',
          values: { from: fmt.dateTime(str(e.from)), to: e.to ? fmt.dateTime(str(e.to)) : '', ground: fmt.ground(str(e.ground)) },
        });
        break;
      case 'expected':
        out.push({ key: 'explain.expected', values: { at: fmt.dateTime(str(e.at)) } });
        break;
      case 'deadline':
        out.push({ key: 'explain.deadline', values: { at: fmt.dateTime(str(e.at)) } });
        break;
      case 'finished':
        out.push({ key: 'explain.finished', values: { at: fmt.dateTime(str(e.at)) } });
        break;
      default:
        break;
    }
  }
  return out;
}
