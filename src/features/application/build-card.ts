import type { ApplicationDetail } from '../../api/schemas/applications';
import type { CatalogResponse } from '../../api/schemas/catalog';
import type { Me } from '../../api/schemas/session';
import { slaContextOf } from '../../api/catalog';
import type { Card } from './card-context';
import { parseSteps, type Lang } from './card-model';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Working minutes of the first worked weekday of the schedule (a working day for durations). */
export function workingDayMinutes(schedule: CatalogResponse['schedule']): number {
  const day = schedule.week.find((d) => d !== null);
  if (!day) return 480;
  const breaks = day.breaks.reduce((sum, b) => sum + minutesOf(b.end) - minutesOf(b.start), 0);
  const total = minutesOf(day.end) - minutesOf(day.start) - breaks;
  return total > 0 ? total : 480;
}

/** Assembles the card's context from the three answers it depends on. */
export function buildCard(input: { detail: ApplicationDetail; catalog: CatalogResponse; me: Me; lng: Lang; fetchedAt: number }): Card {
  const { detail, catalog, me, lng } = input;
  const steps = parseSteps(detail.variant.steps);
  const currentId = detail.application.currentStepId;
  const serverNow = Date.parse(detail.now);
  return {
    detail,
    catalog,
    me,
    steps,
    currentStep: currentId ? (steps.find((s) => s.id === currentId) ?? null) : null,
    lng,
    timeZone: catalog.schedule.timeZone || catalog.provider.timeZone,
    sla: slaContextOf(catalog),
    minutesPerDay: workingDayMinutes(catalog.schedule),
    clockOffsetMs: Number.isFinite(serverNow) && input.fetchedAt > 0 ? serverNow - input.fetchedAt : 0,
  };
}
