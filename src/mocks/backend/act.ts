/**
 * Performing a domain action on a stored application: the one path for actions, assignment and
 * comments. The engine decides (role, provider, tier, assignment, version); the store applies the
 * change, its notifications and its idempotency record in one transaction.
 */
import type { Variant } from '../../domain/catalog/types.ts';
import { transition } from '../../domain/workflow/engine.ts';
import type { Action, Application, AuditEntry, StaffMember, TransitionResult } from '../../domain/workflow/types.ts';
import type { ApplicationDetail } from '../../api/schemas/applications.ts';
import type { RouteContext } from '../http.ts';
import type { ExtraWrite } from '../store/types.ts';
import { buildDetail, type DetailInputs } from './detail.ts';
import { domainFailure, forbidden, HttpFailure, notFound } from './errors.ts';
import { variantOf } from './entries.ts';
import { handoverNotifications, type NotificationRecord } from './notifications.ts';
import { providerContext } from './provider-settings.ts';
import { personRef } from './rows.ts';
import { actorOf, viewerOf } from './viewer.ts';
import { availableActions } from '../../domain/workflow/engine.ts';
import type { Backend } from './runtime.ts';

/** Loads an application the signed-in person may see (404 unknown, 403 another provider). */
export async function visibleApplication(b: Backend, id: string, me: StaffMember): Promise<{ app: Application; variant: Variant }> {
  const app = await b.store.get<Application>('applications', id);
  if (!app) throw notFound();
  if (app.providerId !== me.providerId) throw forbidden('wrong_provider');
  const variant = variantOf(app);
  if (!variant) throw notFound();
  return { app, variant };
}

export async function detailInputs(ctx: Pick<RouteContext<unknown, unknown>, 'b' | 'me' | 'now'>): Promise<DetailInputs> {
  const { b, me, now } = ctx;
  const [viewer, staff, pc] = await Promise.all([viewerOf(b, me, now), b.providerStaff(me.providerId), providerContext(b, me.providerId)]);
  return { viewer, staff, ctx: pc.ctx, now };
}

type Outcome =
  | { kind: 'ok'; body: ApplicationDetail; app: Application; event: AuditEntry }
  | { kind: 'missing' }
  | { kind: 'refused'; r: Extract<TransitionResult, { ok: false }>; current: Application };

export type ActOptions = {
  expectedVersion?: number;
  /** Success status (201 for comments). */
  status?: number;
  /** Root of field paths in 422 answers ('action' for /actions, '' for /assign). */
  fieldRoot?: string;
  /** More notifications for a successful change (e.g. @mentions). */
  notify?: (after: Application, event: AuditEntry, staff: StaffMember[]) => NotificationRecord[];
};

/** Runs one action for the signed-in person and answers with the new card or the refusal. */
export async function act(ctx: RouteContext<unknown, unknown>, id: string, action: Action, opts: ActOptions = {}) {
  const { b, me } = ctx;
  await visibleApplication(b, id, me);
  const inputs = await detailInputs(ctx);
  const status = opts.status ?? 200;

  const outcome = await b.store.update<Application, Outcome>('applications', id, (current) => {
    if (!current) return { result: { kind: 'missing' } };
    const variant = variantOf(current);
    if (!variant) return { result: { kind: 'missing' } };
    const actor = chooseActor(current, variant, action, inputs);
    const r = transition(current, action, actor, inputs.now, { staff: inputs.staff, variant, expectedVersion: opts.expectedVersion });
    if (!r.ok) return { result: { kind: 'refused', r, current } };
    const body = buildDetail(r.app, variant, inputs);
    const extra: ExtraWrite[] = [];
    for (const n of handoverNotifications(r.app, r.event, me.id)) extra.push({ collection: 'notifications', value: n });
    for (const n of opts.notify?.(r.app, r.event, inputs.staff) ?? []) extra.push({ collection: 'notifications', value: n });
    const idem = ctx.idempotencyWrite(status, body);
    if (idem) extra.push(idem);
    return { next: r.app, result: { kind: 'ok', body, app: r.app, event: r.event }, extra };
  });

  if (outcome.kind === 'missing') throw notFound();
  if (outcome.kind === 'refused') throw refusal(outcome.r, outcome.current, inputs.staff, opts.fieldRoot ?? 'action');
  return { status, body: outcome.body };
}

/** Own position first; a substitution is used only when it is what allows the action. */
function chooseActor(app: Application, variant: Variant, action: Action, inputs: DetailInputs) {
  const own = actorOf(inputs.viewer.me);
  if (inputs.viewer.actingFor.length === 0) return own;
  const allows = (actor: ReturnType<typeof actorOf>) =>
    availableActions(app, actor, inputs.now, { staff: inputs.staff, variant }).some((a) => a.type === action.type);
  if (allows(own)) return own;
  for (const absent of inputs.viewer.actingFor) {
    const sub = actorOf(inputs.viewer.me, absent);
    if (allows(sub)) return sub;
  }
  return own;
}

/** The HTTP failure of a refusal; a version conflict says who changed it, when and what. */
export function refusal(r: Extract<TransitionResult, { ok: false }>, current: Application, staff: StaffMember[], fieldRoot: string): HttpFailure {
  if (r.code === 'version_conflict') {
    const last = current.audit.at(-1);
    const by = last ? staff.find((s) => s.id === last.actorId) : undefined;
    return new HttpFailure(409, 'version_conflict', {
      by: personRef(by),
      at: last?.at ?? null,
      action: last?.action ?? null,
      outcome: last?.outcome ?? null,
      version: current.version,
    });
  }
  return domainFailure(r.code, r.details, fieldRoot);
}
