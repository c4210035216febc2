/**
 * The domain `Action` union (src/domain/workflow/types.ts) as a strict valibot schema: unknown fields,
 * wrong types and oversized strings are refused with 422 before the engine sees them.
 */
import * as v from 'valibot';
import { CONCLUSION_BODIES, PAUSE_GROUNDS } from '../../domain/workflow/types.ts';
import type { Action, ConclusionBody, PauseGround } from '../../domain/workflow/types.ts';
import { idSchema, isoDateTimeSchema } from './common.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const comment = v.optional(text(2000));
const reason = v.pipe(text(2000), v.minLength(1));
const reasons = v.pipe(v.array(v.pipe(text(1000), v.minLength(1))), v.minLength(1), v.maxLength(50));
const date = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const conclusionBody = v.picklist(CONCLUSION_BODIES as unknown as [ConclusionBody, ...ConclusionBody[]]);
const pauseGround = v.picklist(PAUSE_GROUNDS as unknown as [PauseGround, ...PauseGround[]]);
const signature = v.strictObject({ certificateSerial: v.pipe(text(200), v.minLength(1)), signedAt: isoDateTimeSchema });

function act<T extends string, S extends v.ObjectEntries>(type: T, shape: S) {
  return v.strictObject({ type: v.literal(type), comment, ...shape });
}

export const actionSchema = v.union([
  act('register', {}),
  act('resolve', { headId: v.optional(idSchema), executorId: v.optional(idSchema) }),
  act('distribute', { executorId: idSchema }),
  act('take', {}),
  act('assign', { assigneeId: idSchema }),
  act('check_completeness', { outcome: v.literal('complete') }),
  act('check_completeness', { outcome: v.literal('incomplete'), missingDocuments: reasons }),
  act('licensing_control', { outcome: v.literal('documents_sufficient') }),
  act('licensing_control', { outcome: v.literal('site_visit'), visitDate: date, findings: v.pipe(text(4000), v.minLength(1)) }),
  act('request_conclusions', { bodies: v.pipe(v.array(conclusionBody), v.minLength(1), v.maxLength(10)), pause: v.optional(v.boolean()) }),
  act('record_conclusion', {
    body: conclusionBody,
    outcome: v.picklist(['positive', 'negative']),
    summary: v.pipe(text(4000), v.minLength(1)),
  }),
  act('conclusion', { outcome: v.literal('meets') }),
  act('conclusion', { outcome: v.literal('does_not_meet'), reasons }),
  act('approve', { outcome: v.literal('approved') }),
  act('approve', { outcome: v.literal('returned'), reason }),
  act('prepare_order', { orderNo: v.pipe(text(100), v.minLength(1)), registryNo: v.optional(text(100)) }),
  act('sign_order', { outcome: v.literal('signed'), signature }),
  act('sign_order', { outcome: v.literal('returned'), reason }),
  act('prepare_result', { documentNo: v.pipe(text(100), v.minLength(1)) }),
  act('prepare_refusal', { reasons }),
  act('sign_result', { outcome: v.literal('signed'), signature }),
  act('sign_result', { outcome: v.literal('returned'), reason }),
  act('issue', { via: v.picklist(['hand_out', 'gov_corporation', 'portal']) }),
  act('schedule_test', { testDate: date }),
  act('record_test', { outcome: v.picklist(['passed', 'failed']), score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1000))) }),
  act('prepare_commission', { meetingDate: date }),
  act('commission_review', { protocolNo: v.pipe(text(100), v.minLength(1)), outcome: v.picklist(['positive', 'negative']) }),
  act('pause', { ground: pauseGround, scope: v.optional(v.picklist(['service', 'step', 'both'])) }),
  act('resume', {}),
  act('comment', { text: v.pipe(text(4000), v.minLength(1)) }),
]);

// Compile-time check that the schema and the domain union stay the same shape.
type Parsed = v.InferOutput<typeof actionSchema>;
const _sameShape: (a: Parsed) => Action = (a) => a;
void _sameShape;

/** Body of POST /api/applications/:id/actions. */
export const actionRequestSchema = v.strictObject({
  action: actionSchema,
  expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});
export type ActionRequest = v.InferOutput<typeof actionRequestSchema>;
