/** Applications: list, counters, card, registration (docs/api.md §Applications). */
import { channelsAccepted, findVariant } from '../../domain/catalog/index.ts';
import { addWorkingTime } from '../../domain/sla/index.ts';
import { createApplication } from '../../domain/workflow/create.ts';
import { transition } from '../../domain/workflow/engine.ts';
import type { Application, DocumentMeta } from '../../domain/workflow/types.ts';
import { applicationListQuerySchema, createApplicationRequestSchema } from '../../api/schemas/applications.ts';
import { detailInputs, visibleApplication } from '../backend/act.ts';
import { buildDetail } from '../backend/detail.ts';
import { domainFailure, forbidden, invalid } from '../backend/errors.ts';
import { canControl, countTabs, listApplications } from '../backend/list.ts';
import { providerContext } from '../backend/provider-settings.ts';
import { actorOf, viewerOf } from '../backend/viewer.ts';
import { PROVIDER_CODES } from '../seed/staff.ts';
import type { CountersRecord } from '../seed/index.ts';
import { route } from '../http.ts';

/** The list: the request the inbox makes most (every key of its search, every page scrolled to). */
export const applicationListHandler = route('get', '/api/applications', { query: applicationListQuerySchema }, async ({ b, me, now, query }) => {
  const viewer = await viewerOf(b, me, now);
  if (query.tab === 'control' && !canControl(viewer)) throw forbidden('forbidden_role');
  const { ctx, version } = await providerContext(b, me.providerId);
  const page = await listApplications(b, viewer, query, ctx, version, now);
  return { body: { ...page, now: now.toISOString() } };
});

export const applicationHandlers = [
  route('get', '/api/applications/counters', {}, async ({ b, me, now }) => {
    const viewer = await viewerOf(b, me, now);
    const { ctx, version } = await providerContext(b, me.providerId);
    return { body: await countTabs(b, viewer, ctx, version, now) };
  }),

  route('get', '/api/applications/:id', {}, async (c) => {
    const { app, variant } = await visibleApplication(c.b, c.params.id, c.me);
    return { body: buildDetail(app, variant, await detailInputs(c)) };
  }),

  route('post', '/api/applications', { body: createApplicationRequestSchema }, async (c) => {
    const { b, me, now, body } = c;
    const v = findVariant(me.providerId, body.serviceId, body.variantId);
    if (!v.ok) throw invalid([{ path: v.code === 'unknown_service' ? 'serviceId' : 'variantId', code: v.code }]);
    const first = v.value.steps[0];
    if (me.role !== first.role || (first.tier !== undefined && me.tier !== first.tier)) throw forbidden('forbidden_role');
    const allowed = channelsAccepted(me.providerId, body.serviceId);
    const channel = body.channel ?? (allowed.includes('provider_office') ? 'provider_office' : allowed[0]);
    if (!channel || !allowed.includes(channel)) throw invalid([{ path: 'channel', code: 'not_allowed' }]);
    const arrived = body.arrivedAt ? new Date(body.arrivedAt) : now;
    if (Number.isNaN(arrived.getTime())) throw invalid([{ path: 'arrivedAt', code: 'invalid_date' }]);
    if (arrived.getTime() > now.getTime() + 60_000) throw invalid([{ path: 'arrivedAt', code: 'in_future' }]);
    if (arrived.getTime() < now.getTime() - 366 * 86_400_000) throw invalid([{ path: 'arrivedAt', code: 'too_old' }]);

    const { ctx } = await providerContext(b, me.providerId);
    const received = addWorkingTime(arrived, { value: 0, unit: 'minutes' }, ctx);
    const seq = await b.store.update<CountersRecord, number>('settings', 'counters', (cur) => {
      const counters = cur ?? { id: 'counters', seq: {} };
      const n = (counters.seq[me.providerId] ?? 0) + 1;
      return { next: { ...counters, seq: { ...counters.seq, [me.providerId]: n } }, result: n };
    });
    const code = PROVIDER_CODES[me.providerId]?.regCode ?? 'APP';
    const id = `app-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const documents: DocumentMeta[] = (body.documents ?? []).map((d, i) => ({
      id: `${id}-d${i + 1}`,
      name: d.name,
      kind: d.kind,
      mimeType: 'application/pdf',
      size: 100 * 1024,
      uploadedAt: now.toISOString(),
      uploadedBy: me.id,
    }));
    const inputs = await detailInputs(c);
    const created = createApplication(
      {
        id,
        providerId: me.providerId,
        serviceId: body.serviceId,
        variantId: body.variantId,
        regNo: `${code}-${received.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
        channel: channel as Application['channel'],
        applicant: body.applicant,
        arrivedAt: arrived.toISOString(),
        documents,
      },
      received,
      { staff: inputs.staff, variant: v.value, actorId: me.id },
    );
    if (!created.ok) throw domainFailure(created.code, created.details, '');
    // The clerk who registers it holds its first step.
    let app: Application = created.app;
    if (app.assigneeId === null) {
      const taken = transition(app, body.comment ? { type: 'take', comment: body.comment } : { type: 'take' }, actorOf(me), now, { staff: inputs.staff, variant: v.value });
      if (taken.ok) app = taken.app;
    }
    const detail = buildDetail(app, v.value, inputs);
    const idem = c.idempotencyWrite(201, detail);
    await b.store.update<Application, null>('applications', id, () => ({ next: app, result: null, extra: idem ? [idem] : [] }));
    return { status: 201, body: detail };
  }),
];
