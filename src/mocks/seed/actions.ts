/**
 * Valid payloads for each step kind, as the demo generator (and tests) perform them: mostly the
 * forward outcome, sometimes a refusal branch or a return, with plausible Russian texts.
 */
import type { ChannelId, OutcomeId, Step, Variant } from '../../domain/catalog/types.ts';
import type { Action, Application, StaffMember } from '../../domain/workflow/types.ts';
import { holders, peopleOf, type People } from './people.ts';
import { chance, int, pick, type Rng } from './prng.ts';

const DAY = 86_400_000;
const MISSING = ['Квитанция об оплате лицензионного сбора', 'Сведения о квалификации специалистов', 'Копия документа о регистрации'];
const REASONS = ['Несоответствие квалификационным требованиям', 'Недостоверные сведения в заявлении', 'Отсутствует необходимое оборудование'];
const RETURN_REASONS = ['Уточните формулировку вывода', 'Не приложен акт проверки', 'Исправьте номер приказа'];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Picks the outcome of a step: mostly forward, sometimes a refusal branch or a return. */
function chooseOutcome(rng: Rng, step: Step): OutcomeId {
  const allowed = Object.keys(step.outcomes) as OutcomeId[];
  const has = (o: OutcomeId) => allowed.includes(o);
  if (has('returned') && chance(rng, 0.06)) return 'returned';
  for (const neg of ['incomplete', 'does_not_meet', 'failed'] as OutcomeId[]) if (has(neg) && chance(rng, 0.07)) return neg;
  if (has('negative') && chance(rng, 0.08)) return 'negative';
  if (has('site_visit') && chance(rng, 0.4)) return 'site_visit';
  for (const pos of ['done', 'complete', 'documents_sufficient', 'sent', 'positive', 'meets', 'approved', 'signed', 'passed'] as OutcomeId[]) {
    if (has(pos)) return pos;
  }
  return allowed[0];
}

export function buildAction(rng: Rng, step: Step, variant: Variant, app: Application, p: People, at: number): Action | null {
  const outcome = chooseOutcome(rng, step);
  const nextOf = (o: OutcomeId) => variant.steps.find((s) => s.id === step.outcomes[o]);
  const sig = () => ({ certificateSerial: Math.floor(rng() * 0xffffffff).toString(16).padStart(8, '0'), signedAt: new Date(at).toISOString() });
  switch (step.kind) {
    case 'register':
      return { type: 'register' };
    case 'resolve': {
      const next = nextOf('done');
      if (next?.role === 'department_head') {
        const heads = holders(p, 'department_head', next.tier);
        return heads.length ? { type: 'resolve', headId: pick(rng, heads).id } : { type: 'resolve' };
      }
      if (next?.role === 'specialist') {
        const sp = holders(p, 'specialist', next.tier);
        return sp.length ? { type: 'resolve', executorId: pick(rng, sp).id } : null;
      }
      return { type: 'resolve' };
    }
    case 'distribute': {
      const next = nextOf('done');
      const sp = holders(p, 'specialist', next?.role === 'specialist' ? next.tier : undefined);
      return sp.length ? { type: 'distribute', executorId: pick(rng, sp).id } : null;
    }
    case 'check_completeness':
      return outcome === 'incomplete'
        ? { type: 'check_completeness', outcome, missingDocuments: [pick(rng, MISSING)] }
        : { type: 'check_completeness', outcome: 'complete' };
    case 'licensing_control':
      return outcome === 'site_visit'
        ? { type: 'licensing_control', outcome, visitDate: isoDay(at), findings: 'Помещение и оборудование соответствуют заявленным сведениям' }
        : { type: 'licensing_control', outcome: 'documents_sufficient' };
    case 'request_conclusions':
      return { type: 'request_conclusions', bodies: [pick(rng, ['health_department', 'consumer_protection', 'emergency', 'agriculture_inspection'] as const)], pause: chance(rng, 0.5) };
    case 'record_conclusion': {
      const body = app.data.conclusionsRequested?.at(-1)?.bodies[0] ?? 'other';
      const o = outcome === 'negative' ? 'negative' : 'positive';
      return { type: 'record_conclusion', body, outcome: o, summary: o === 'positive' ? 'Замечаний нет' : 'Выявлены нарушения' };
    }
    case 'conclusion':
      return outcome === 'does_not_meet' ? { type: 'conclusion', outcome, reasons: [pick(rng, REASONS)] } : { type: 'conclusion', outcome: 'meets' };
    case 'approve':
      return outcome === 'returned' ? { type: 'approve', outcome, reason: pick(rng, RETURN_REASONS) } : { type: 'approve', outcome: 'approved' };
    case 'prepare_order':
      return { type: 'prepare_order', orderNo: `${int(rng, 100, 999)}-П`, registryNo: `Р-${int(rng, 1000, 9999)}` };
    case 'sign_order':
      return outcome === 'returned' ? { type: 'sign_order', outcome, reason: pick(rng, RETURN_REASONS) } : { type: 'sign_order', outcome: 'signed', signature: sig() };
    case 'prepare_result':
      return { type: 'prepare_result', documentNo: `${new Date(at).getUTCFullYear()}-${int(rng, 10000, 99999)}` };
    case 'prepare_refusal':
      return { type: 'prepare_refusal', reasons: app.data.conclusion?.reasons ?? app.data.missingDocuments?.map((d) => `Не представлено: ${d}`) ?? [pick(rng, REASONS)] };
    case 'sign_result':
      return outcome === 'returned' ? { type: 'sign_result', outcome, reason: pick(rng, RETURN_REASONS) } : { type: 'sign_result', outcome: 'signed', signature: sig() };
    case 'issue':
      return { type: 'issue', via: issueVia(app.channel) };
    case 'schedule_test':
      return { type: 'schedule_test', testDate: isoDay(at + 7 * DAY) };
    case 'record_test':
      return { type: 'record_test', outcome: outcome === 'failed' ? 'failed' : 'passed', score: int(rng, 40, 100) };
    case 'prepare_commission':
      return { type: 'prepare_commission', meetingDate: isoDay(at + 3 * DAY) };
    case 'commission_review':
      return { type: 'commission_review', protocolNo: `ПР-${int(rng, 10, 999)}`, outcome: outcome === 'negative' ? 'negative' : 'positive' };
  }
}

/**
 * A valid action for the current step with its forward outcome (tests and tools): the same
 * payloads the generator uses, without randomness in the choice of outcome.
 */
export function exampleAction(step: Step, variant: Variant, app: Application, staff: StaffMember[], at: Date): Action | null {
  let n = 0;
  const rng: Rng = () => {
    n++;
    return 0.999 - (n % 7) * 0.0001;
  };
  return buildAction(rng, step, variant, app, peopleOf(staff, app.providerId), at.getTime());
}

function issueVia(channel: ChannelId): 'hand_out' | 'gov_corporation' | 'portal' {
  if (channel === 'provider_office') return 'hand_out';
  if (channel === 'gov_corporation' || channel === 'public_service_center') return 'gov_corporation';
  return 'portal';
}

