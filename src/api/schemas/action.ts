/**
 * The domain `Action` union (src/domain/workflow/types.ts) as a strict zod schema: unknown fields,
 * wrong types and oversized strings are refused with 422 before the engine sees them.
 */
import { z } from '../zod.ts';
import { CONCLUSION_BODIES, PAUSE_GROUNDS } from '../../domain/workflow/types.ts';
import type { Action, ConclusionBody, PauseGround } from '../../domain/workflow/types.ts';
import { idSchema, isoDateTimeSchema } from './common.ts';

const text = (max: number) => z.string().max(max);
const comment = text(2000).optional();
const reason = text(2000).min(1);
const reasons = z.array(text(1000).min(1)).min(1).max(50);
const date = z.string().min(1).max(40);
const conclusionBody = z.enum(CONCLUSION_BODIES as unknown as [ConclusionBody, ...ConclusionBody[]]);
const pauseGround = z.enum(PAUSE_GROUNDS as unknown as [PauseGround, ...PauseGround[]]);
const signature = z.strictObject({ certificateSerial: text(200).min(1), signedAt: isoDateTimeSchema });

function act<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), comment, ...shape });
}

export const actionSchema = z.union([
  act('register', {}),
  act('resolve', { headId: idSchema.optional(), executorId: idSchema.optional() }),
  act('distribute', { executorId: idSchema }),
  act('take', {}),
  act('assign', { assigneeId: idSchema }),
  act('check_completeness', { outcome: z.literal('complete') }),
  act('check_completeness', { outcome: z.literal('incomplete'), missingDocuments: reasons }),
  act('licensing_control', { outcome: z.literal('documents_sufficient') }),
  act('licensing_control', { outcome: z.literal('site_visit'), visitDate: date, findings: text(4000).min(1) }),
  act('request_conclusions', { bodies: z.array(conclusionBody).min(1).max(10), pause: z.boolean().optional() }),
  act('record_conclusion', {
    body: conclusionBody,
    outcome: z.enum(['positive', 'negative']),
    summary: text(4000).min(1),
  }),
  act('conclusion', { outcome: z.literal('meets') }),
  act('conclusion', { outcome: z.literal('does_not_meet'), reasons }),
  act('approve', { outcome: z.literal('approved') }),
  act('approve', { outcome: z.literal('returned'), reason }),
  act('prepare_order', { orderNo: text(100).min(1), registryNo: text(100).optional() }),
  act('sign_order', { outcome: z.literal('signed'), signature }),
  act('sign_order', { outcome: z.literal('returned'), reason }),
  act('prepare_result', { documentNo: text(100).min(1) }),
  act('prepare_refusal', { reasons }),
  act('sign_result', { outcome: z.literal('signed'), signature }),
  act('sign_result', { outcome: z.literal('returned'), reason }),
  act('issue', { via: z.enum(['hand_out', 'gov_corporation', 'portal']) }),
  act('schedule_test', { testDate: date }),
  act('record_test', { outcome: z.enum(['passed', 'failed']), score: z.number().finite().min(0).max(1000).optional() }),
  act('prepare_commission', { meetingDate: date }),
  act('commission_review', { protocolNo: text(100).min(1), outcome: z.enum(['positive', 'negative']) }),
  act('pause', { ground: pauseGround, scope: z.enum(['service', 'step', 'both']).optional() }),
  act('resume', {}),
  act('comment', { text: text(4000).min(1) }),
]);

// Compile-time check that the schema and the domain union stay the same shape.
type Parsed = z.infer<typeof actionSchema>;
const _sameShape: (a: Parsed) => Action = (a) => a;
void _sameShape;

/** Body of POST /api/applications/:id/actions. */
export const actionRequestSchema = z.strictObject({
  action: actionSchema,
  expectedVersion: z.number().int().min(0).max(1e9),
  idempotencyKey: z.string().min(8).max(200).optional(),
});
export type ActionRequest = z.infer<typeof actionRequestSchema>;
