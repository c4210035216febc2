import { describe, expect, it } from 'vitest';
import { findProvider, findVariant } from '../catalog/index.ts';
import { providerContext } from '../sla/index.ts';
import { applicationClocks } from './clocks.ts';
import { makeStaff, newApp, walk } from './test-fixtures.ts';
import type { Application } from './types.ts';

// Mon–Fri 09:00–18:00 with a lunch break, no holidays: keeps the expectations independent of the calendar.
const ctx = providerContext({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']] }, 'Asia/Almaty', { daysOff: [], workingDays: [] });
const kz = (local: string) => new Date(local.replace(' ', 'T') + ':00+05:00');

function fixture(providerId: string, serviceId: string, variantId: string) {
  const p = findProvider(providerId);
  const v = findVariant(providerId, serviceId, variantId);
  if (!p.ok || !v.ok) throw new Error('fixture');
  const staff = makeStaff(p.value);
  return { variant: v.value, staff, app: newApp(p.value, serviceId, v.value, staff, kz('2026-01-19 10:00').toISOString()) };
}

describe('applicationClocks', () => {
  const { variant, staff, app } = fixture('almaty-gasc-2016', 'design-license', 'issue');

  it('step clock from the step norm, service clock from the term (15 wd, day of receipt not counted)', () => {
    const c = applicationClocks(app, variant, ctx, kz('2026-01-19 10:10'));
    expect(c.step).toMatchObject({ state: 'on_track', deadline: kz('2026-01-19 10:15').toISOString() });
    expect(c.service).toMatchObject({ state: 'on_track', deadline: kz('2026-02-09 18:00').toISOString() });
  });

  it('a returned step restarts the step clock only', () => {
    const returned: Application = { ...app, currentStepId: 's6', stepStartedAt: kz('2026-01-26 11:00').toISOString() };
    const c = applicationClocks(returned, variant, ctx, kz('2026-01-26 12:00'));
    expect(c.step?.deadline).toBe(kz('2026-01-27 18:00').toISOString());
    expect(c.service?.deadline).toBe(kz('2026-02-09 18:00').toISOString());
  });

  it('pauses count only on the clocks their scope names', () => {
    const pause = { id: 'p', from: kz('2026-01-19 10:05').toISOString(), to: kz('2026-01-19 11:05').toISOString(), ground: 'applicant_request' as const, actorId: 'x', stepId: 's1' };
    const stepOnly = applicationClocks({ ...app, pauses: [{ ...pause, scope: 'step' }] }, variant, ctx, kz('2026-01-19 11:06'));
    expect(stepOnly.step?.deadline).toBe(kz('2026-01-19 11:15').toISOString());
    expect(stepOnly.service?.deadline).toBe(kz('2026-02-09 18:00').toISOString());
    const open = applicationClocks({ ...app, pauses: [{ ...pause, to: undefined, scope: 'both' }] }, variant, ctx, kz('2026-01-19 11:00'));
    expect(open.step?.state).toBe('paused');
    expect(open.service?.state).toBe('paused');
  });

  it('a finished application has no step clock and a stopped service clock', () => {
    const done = walk(app, variant, staff);
    const c = applicationClocks(done, variant, ctx, kz('2026-03-01 10:00'));
    expect(c.step).toBeNull();
    expect(c.service?.state).toBe('met');
  });

  it('a variant without a term gives a service clock without deadline', () => {
    const att = fixture('aktobe-gasc-2019', 'expert-attestation', 'attestation');
    const c = applicationClocks(att.app, att.variant, ctx, kz('2026-01-19 10:05'));
    expect(c.service).toMatchObject({ state: 'no_norm', deadline: null });
    expect(c.step?.state).toBe('on_track');
  });
});
