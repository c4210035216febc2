/**
 * Pure helpers of the card: the variant's steps as the API sends them, the step rail (done,
 * current, planned), who chooses whom, and defaults derived from the application.
 */
import * as v from 'valibot';
import type { ApplicationDetail } from '../../api/schemas/applications';
import { stepSchema } from '../../api/schemas/catalog';

export type CardStep = v.InferOutput<typeof stepSchema>;
export type CardApplication = ApplicationDetail['application'];
export type HistoryRecord = CardApplication['history'][number];
export type Lang = 'ru' | 'kk';

/** Steps of the variant (the detail types them as unknown); malformed entries are skipped. */
export function parseSteps(steps: unknown[]): CardStep[] {
  const out: CardStep[] = [];
  for (const s of steps) {
    const parsed = v.safeParse(stepSchema, s);
    if (parsed.success) out.push(parsed.output);
  }
  return out;
}

/** Outcomes that move the case forward, most typical first (used to draw the planned path). */
const FORWARD = ['done', 'complete', 'documents_sufficient', 'sent', 'positive', 'meets', 'approved', 'signed', 'passed'];

/** The outcome the chain usually takes from this step. */
export function forwardOutcome(step: CardStep): string | null {
  const keys = Object.keys(step.outcomes);
  return FORWARD.find((o) => keys.includes(o)) ?? keys.find((o) => o !== 'returned') ?? null;
}

/** The step an outcome leads to (null for an end or an unknown target). */
export function stepAfter(step: CardStep, steps: CardStep[], outcome = forwardOutcome(step)): CardStep | null {
  const target = outcome ? step.outcomes[outcome as keyof CardStep['outcomes']] : undefined;
  if (!target || target.startsWith('end:')) return null;
  return steps.find((s) => s.id === target) ?? null;
}

export type RailItem =
  | { type: 'done'; stepId: string; step: CardStep | null; record: HistoryRecord }
  | { type: 'current'; stepId: string; step: CardStep }
  | { type: 'planned'; stepId: string; step: CardStep }
  | { type: 'end'; end: 'issued' | 'refused'; at?: string; planned: boolean };

/**
 * The timeline of the step rail: performed steps in order, the current one, then the usual path
 * from it to the end. Loops (returns) appear as they happened; the planned tail never repeats.
 */
export function railItems(app: CardApplication, steps: CardStep[]): RailItem[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const items: RailItem[] = app.history.map((record) => ({
    type: 'done' as const,
    stepId: record.stepId,
    step: byId.get(record.stepId) ?? null,
    record,
  }));
  if (app.status === 'issued' || app.status === 'refused') {
    items.push({ type: 'end', end: app.status, at: app.finishedAt, planned: false });
    return items;
  }
  const current = app.currentStepId ? byId.get(app.currentStepId) : undefined;
  if (!current) return items;
  items.push({ type: 'current', stepId: current.id, step: current });
  const seen = new Set([current.id]);
  let step: CardStep = current;
  for (;;) {
    const outcome = forwardOutcome(step);
    const target = outcome ? step.outcomes[outcome as keyof CardStep['outcomes']] : undefined;
    if (!target) break;
    if (target.startsWith('end:')) {
      items.push({ type: 'end', end: target === 'end:refused' ? 'refused' : 'issued', planned: true });
      break;
    }
    const next = byId.get(target);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    items.push({ type: 'planned', stepId: next.id, step: next });
    step = next;
  }
  return items;
}

/** Norms of the planned steps after the current one (for the planned finish). */
export function plannedNorms(items: RailItem[]): NonNullable<CardStep['norm']>[] {
  return items.flatMap((i) => (i.type === 'planned' && i.step.norm ? [i.step.norm] : []));
}

/** What the result document of a variant is called (a key of `result.kind`). */
export function resultKind(variantId: string): 'license' | 'duplicate' | 'reissue' | 'attestation' | 'accreditation' {
  if (variantId.includes('duplicate')) return 'duplicate';
  if (variantId.startsWith('reissue')) return 'reissue';
  if (variantId.includes('attestation')) return 'attestation';
  if (variantId.includes('accreditation')) return 'accreditation';
  return 'license';
}

/** How the result usually reaches the applicant, from the channel the application came by. */
export function defaultIssueVia(channel: string): 'hand_out' | 'gov_corporation' | 'portal' {
  if (channel === 'gov_corporation' || channel === 'public_service_center') return 'gov_corporation';
  if (channel === 'egov_portal' || channel === 'elicense_portal') return 'portal';
  return 'hand_out';
}

/** Who the resolve/distribute step chooses: the next step's role decides. */
export function choiceRole(step: CardStep, steps: CardStep[]): 'department_head' | 'specialist' | null {
  if (step.kind === 'distribute') return 'specialist';
  const next = stepAfter(step, steps, 'done');
  if (next?.role === 'department_head' || next?.role === 'specialist') return next.role;
  return null;
}

/** Multi-line text → trimmed non-empty lines (missing documents, reasons). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A person's name in the user's language, from the detail's people or candidates. */
export function personName(detail: Pick<ApplicationDetail, 'people' | 'candidates'>, id: string | null | undefined, lng: Lang): string | null {
  if (!id) return null;
  const p = detail.people[id] ?? detail.candidates.find((c) => c.id === id);
  return p ? p.name[lng] : id;
}

/** The reasons a refusal can start from: missing documents or the negative conclusion. */
export function refusalSeed(app: CardApplication): string {
  const data = app.data as { missingDocuments?: unknown; conclusion?: { reasons?: unknown }; conclusionsRecorded?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const reasons = [...list(data.missingDocuments), ...list(data.conclusion?.reasons)];
  const recorded = Array.isArray(data.conclusionsRecorded) ? data.conclusionsRecorded : [];
  for (const r of recorded) {
    if (r && typeof r === 'object' && (r as { outcome?: string }).outcome === 'negative') {
      const summary = (r as { summary?: unknown }).summary;
      if (typeof summary === 'string') reasons.push(summary);
    }
  }
  return reasons.join('\n');
}
