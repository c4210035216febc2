/** Session: demo users, sign in/out, who am I (docs/api.md §Session). */
import { findProvider, providers } from '../../domain/catalog/index.ts';
import type { StaffMember } from '../../domain/workflow/types.ts';
import { signInRequestSchema } from '../../api/schemas/session.ts';
import { HttpFailure, notFound } from '../backend/errors.ts';
import { loadByStaff, NO_LOAD, staffSummary } from '../backend/load.ts';
import type { Backend } from '../backend/runtime.ts';
import { activeFor } from '../backend/substitutions.ts';
import { route, type SessionRecord } from '../http.ts';

function newToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The body of GET /api/session/me. */
export async function meOf(b: Backend, me: StaffMember, now: Date) {
  const p = findProvider(me.providerId);
  if (!p.ok) throw notFound();
  const subs = await activeFor(b, me.providerId, me.id, now);
  const actingFor = [];
  for (const s of subs) {
    const absent = await b.staffMember(s.absentId);
    if (absent) actingFor.push({ id: s.id, absent: { id: absent.id, name: absent.name, role: absent.role }, from: s.from, to: s.to });
  }
  return {
    staff: staffSummary(me),
    provider: { id: p.value.id, name: p.value.name, timeZone: p.value.timeZone, ...(p.value.tiers ? { tiers: p.value.tiers } : {}) },
    actingFor,
    now: now.toISOString(),
  };
}

export const sessionHandlers = [
  route('get', '/api/session/demo-users', { auth: false }, async ({ b, now }) => {
    const staff = await b.staff();
    const out = [];
    for (const p of providers) {
      const load = await loadByStaff(b, p.id, now);
      out.push({
        id: p.id,
        name: p.name,
        staff: staff.filter((s) => s.providerId === p.id && s.active !== false).map((s) => ({ ...staffSummary(s), load: load.get(s.id) ?? NO_LOAD })),
      });
    }
    return { body: { providers: out } };
  }),

  route('post', '/api/session', { auth: false, body: signInRequestSchema }, async ({ b, body, now }) => {
    const staff = await b.staff();
    const member =
      'staffId' in body ? staff.find((s) => s.id === body.staffId) : staff.find((s) => s.login.toLowerCase() === body.login.trim().toLowerCase());
    if (!member || member.active === false) throw new HttpFailure(404, 'unknown_staff');
    const token = newToken();
    const session: SessionRecord = { id: token, staffId: member.id, createdAt: now.toISOString() };
    await b.store.put('sessions', session);
    return { status: 201, body: { token, me: await meOf(b, member, now) } };
  }),

  route('delete', '/api/session', {}, async ({ b, token }) => {
    if (token) await b.store.delete('sessions', token);
    return { status: 204 };
  }),

  route('get', '/api/session/me', {}, async ({ b, me, now }) => ({ body: await meOf(b, me, now) })),
];
