/**
 * What every row needs to draw itself: the language, the provider's zone and working-time
 * context, the current (server-aligned) time and short names. Built once per render of the page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { slaContextOf } from '../../api/catalog.ts';
import type { CatalogResponse } from '../../api/schemas/catalog.ts';
import type { Clock } from '../../api/schemas/common.ts';
import type { ClockView } from '../../shared/clock-badge';
import { tickClock } from '../../domain/sla/tick.ts';
import { formatDateTime, localDate } from '../../shared/format-date';
import type { SlaContext } from '../../domain/sla/types.ts';

export type Lang = 'ru' | 'kk';

export type InboxEnv = {
  lng: Lang;
  timeZone: string;
  sla: SlaContext;
  atRiskShare: number;
  minutesPerDay: number;
  now: Date;
  /** Short name (for the cell) and full name (for the tooltip) of a service, a variant, a step kind. */
  service: (id: string) => { short: string; full: string };
  variant: (serviceId: string, variantId: string) => { short: string; full: string };
  stepKind: (kind: string) => { short: string; full: string };
  channel: (id: string) => { short: string; full: string };
  /** "Сегодня, 14:30" / "25 нояб. 2026, 14:30" in the provider's zone (memoized: rows re-render often). */
  dateTime: (iso: string) => string;
  /** Who performs a step: a colleague's name, "you" for the user, or the queue of a role. */
  performer: (assignee: { id: string; name: Record<Lang, string> } | null, role: string | undefined) => string;
  /** The texts of a row, each translated once per language and filled in per row. */
  row: {
    /** "ИИН ••••1234" */
    maskedId: (kind: 'iin' | 'bin', tail: string) => string;
    /** "ИИН, последние цифры 1234" (what a screen reader says for the masked id) */
    idTailLabel: (kind: 'iin' | 'bin', tail: string) => string;
    /** "Выбрать заявление …" */
    selectLabel: (regNo: string) => string;
    /** "Результат выдан", "Отказано", … */
    status: (status: string) => string;
  };
};

/** The value kept under `key`, made and kept on first use. */
function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Stands for a value in a translated template (no text of the locales contains it). */
const SLOT = '\u0000';

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Working minutes in one ordinary working day of the schedule (the "working day" unit). */
export function minutesPerDay(schedule: CatalogResponse['schedule']): number {
  const day = schedule.week.find((d) => d !== null);
  if (!day) return 480;
  const breaks = day.breaks.reduce((sum, b) => sum + minutes(b.end) - minutes(b.start), 0);
  const total = minutes(day.end) - minutes(day.start) - breaks;
  return total > 0 ? total : 480;
}

/** Formatted receipt times, shared by every env (a new list or minute must not redo them). */
const dateTexts = new Map<string, string>();
const MAX_DATE_TEXTS = 20_000;

/** The local date of `now` as a cache key (an unknown zone: a UTC day will do). */
function localDay(at: Date, timeZone: string): string {
  try {
    return localDate(at, timeZone);
  } catch {
    return String(Math.floor(at.getTime() / 86_400_000));
  }
}

export function useInboxEnv(catalog: CatalogResponse, now: Date, selfId?: string): InboxEnv {
  const { t, i18n } = useTranslation('inbox');
  const lng: Lang = i18n.language === 'kk' ? 'kk' : 'ru';
  const names = useMemo(() => {
    const services = new Map(catalog.provider.services.map((s) => [s.id, s]));
    const kinds = new Map(catalog.stepKinds.map((k) => [k.id as string, k.name]));
    const channels = new Map(catalog.channels.map((c) => [c.id as string, c.name]));
    return { services, kinds, channels };
  }, [catalog]);
  const sla = slaContextOf(catalog);
  return useMemo(() => {
    // The same few names on every row of every render: translated once per env.
    const cache = new Map<string, { short: string; full: string }>();
    const named = (key: string, full: () => string, cacheKey = key) =>
      remember(cache, cacheKey, () => {
        const f = full();
        return { short: t(key, { defaultValue: f }), full: f };
      });
    const words = { now, today: t('row.today'), yesterday: t('row.yesterday') };
    const you = t('row.you');
    const queues = new Map<string, string>();
    // A translation with one value, looked up once and then filled in (the translator's own
    // interpolation, run for every row of every list, was most of what a row cost to draw).
    const template = (key: string, name: string) => {
      const parts = t(key, { [name]: SLOT }).split(SLOT);
      return (value: string) => parts.join(value);
    };
    const idTail = { iin: template('row.iinTail', 'tail'), bin: template('row.binTail', 'tail') };
    const idName = { iin: t('row.iin'), bin: t('row.bin') };
    const selectLabel = template('table.selectRow', 'regNo');
    const statuses = new Map<string, string>();
    // Texts depend on the day of `now` (today / yesterday), not on the minute: a new minute keeps them.
    const dayKey = `${lng}|${catalog.provider.timeZone}|${localDay(now, catalog.provider.timeZone)}|${words.today}|${words.yesterday}|`;
    return {
      lng,
      timeZone: catalog.provider.timeZone,
      sla,
      atRiskShare: catalog.atRiskShare,
      minutesPerDay: minutesPerDay(catalog.schedule),
      now,
      service: (id) => named(`short.service.${id}`, () => names.services.get(id)?.name[lng] ?? id),
      variant: (serviceId, variantId) =>
        named(
          `short.variant.${variantId}`,
          () => names.services.get(serviceId)?.variants.find((v) => v.id === variantId)?.name[lng] ?? variantId,
          `${serviceId}|${variantId}`,
        ),
      stepKind: (kind) => named(`short.step.${kind}`, () => names.kinds.get(kind)?.[lng] ?? kind),
      dateTime: (iso) => {
        const key = dayKey + iso;
        let text = dateTexts.get(key);
        if (text === undefined) {
          text = formatDateTime(iso, lng, catalog.provider.timeZone, words);
          if (dateTexts.size >= MAX_DATE_TEXTS) dateTexts.clear();
          dateTexts.set(key, text);
        }
        return text;
      },
      channel: (id) => named(`channel.${id}`, () => names.channels.get(id)?.[lng] ?? id),
      performer: (assignee, role) => {
        if (assignee) return assignee.id === selfId ? you : assignee.name[lng];
        if (!role) return '';
        return remember(queues, role, () => t('row.inQueue', { role: t(`role.${role}`) }));
      },
      row: {
        maskedId: (kind, tail) => `${idName[kind]} ${'•'.repeat(4)}${tail}`,
        idTailLabel: (kind, tail) => idTail[kind](tail),
        selectLabel,
        status: (status) => remember(statuses, status, () => t(`status.${status}`)),
      },
    };
  }, [t, lng, catalog, sla, names, now, selfId]);
}

/** The clock as of `env.now` (null when the server could not count it: the badge says "no norm"). */
export function liveClock(clock: Clock | null, env: Pick<InboxEnv, 'sla' | 'now' | 'atRiskShare'>): ClockView | null {
  if (!clock) return null;
  let ticked: Clock = clock;
  try {
    ticked = tickClock(clock, env.sla, env.now, env.atRiskShare);
  } catch {
    // A clock the domain cannot evaluate (bad zone or date) is shown as the server sent it.
  }
  return { state: ticked.state, deadline: ticked.deadline, remainingMinutes: ticked.remainingMinutes };
}
