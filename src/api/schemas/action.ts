/**
 * The domain `Action` union (src/domain/workflow/types.ts) as a strict zod schema: unknown fields,
 * wrong types and oversized strings are refused with 422 before the engine sees them.
 */
import { z } from '../zod.ts';
import { CONCLUSION_BODIES, PAUSE_GROUNDS } from '../../domain/workflow/types.ts';
import type { Action, ConclusionBody, PauseGround } from '../../domain/workflow/types.ts';
import { idSchema, isoDateTimeSchema } from './common.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const comment = z.optional(text(2000));
const reason = text(2000).check(z.minLength(1));
const reasons = z.array(text(1000).check(z.minLength(1))).check(z.minLength(1), z.maxLength(50));
const date = z.string().check(z.minLength(1), z.maxLength(40));
const conclusionBody = z.enum(CONCLUSION_BODIES as unknown as [ConclusionBody, ...ConclusionBody[]]);
const pauseGround = z.enum(PAUSE_GROUNDS as unknown as [PauseGround, ...PauseGround[]]);
const signature = z.strictObject({ certificateSerial: text(200).check(z.minLength(1)), signedAt: isoDateTimeSchema });

function act<T extends string, S extends z.core.$ZodShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), comment, ...shape });
}

export const actionSchema = z.union([
  act('register', {}),
  act('resolve', { headId: z.optional(idSchema), executorId: z.optional(idSchema) }),
  act('distribute', { executorId: idSchema }),
  act('take', {}),
  act('assign', { assigneeId: idSchema }),
  act('check_completeness', { outcome: z.literal('complete') }),
  act('check_completeness', { outcome: z.literal('incomplete'), missingDocuments: reasons }),
  act('licensing_control', { outcome: z.literal('documents_sufficient') }),
  act('licensing_control', { outcome: z.literal('site_visit'), visitDate: date, findings: text(4000).check(z.minLength(1)) }),
  act('request_conclusions', { bodies: z.array(conclusionBody).check(z.minLength(1), z.maxLength(10)), pause: z.optional(z.boolean()) }),
  act('record_conclusion', {
    body: conclusionBody,
    outcome: z.enum(['positive', 'negative']),
    summary: text(4000).check(z.minLength(1)),
  }),
  act('conclusion', { outcome: z.literal('meets') }),
  act('conclusion', { outcome: z.literal('does_not_meet'), reasons }),
  act('approve', { outcome: z.literal('approved') }),
  act('approve', { outcome: z.literal('returned'), reason }),
  act('prepare_order', { orderNo: text(100).check(z.minLength(1)), registryNo: z.optional(text(100)) }),
  act('sign_order', { outcome: z.literal('signed'), signature }),
  act('sign_order', { outcome: z.literal('returned'), reason }),
  act('prepare_result', { documentNo: text(100).check(z.minLength(1)) }),
  act('prepare_refusal', { reasons }),
  act('sign_result', { outcome: z.literal('signed'), signature }),
  act('sign_result', { outcome: z.literal('returned'), reason }),
  act('issue', { via: z.enum(['hand_out', 'gov_corporation', 'portal']) }),
  act('schedule_test', { testDate: date }),
  act('record_test', { outcome: z.enum(['passed', 'failed']), score: z.optional(z.number().check(z.gte(0), z.lte(1000))) }),
  act('prepare_commission', { meetingDate: date }),
  act('commission_review', { protocolNo: text(100).check(z.minLength(1)), outcome: z.enum(['positive', 'negative']) }),
  act('pause', { ground: pauseGround, scope: z.optional(z.enum(['service', 'step', 'both'])) }),
  act('resume', {}),
  act('comment', { text: text(4000).check(z.minLength(1)) }),
]);

// Compile-time check that the schema and the domain union stay the same shape.
type Parsed = z.infer<typeof actionSchema>;
const _sameShape: (a: Parsed) => Action = (a) => a;
void _sameShape;

/** Body of POST /api/applications/:id/actions. */
export const actionRequestSchema = z.strictObject({
  action: actionSchema,
  expectedVersion: z.number().check(z.int(), z.gte(0), z.lte(1e9)),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});
export type ActionRequest = z.infer<typeof actionRequestSchema>;
