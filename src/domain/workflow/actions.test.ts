import { describe, expect, it } from 'vitest';
import { isIsoDate, MAX_ITEMS, MAX_TEXT, outcomeOf, validateAction } from './actions.ts';

const sig = { certificateSerial: 'KZ-1', signedAt: '2024-03-04T06:00:00Z' };

describe('validateAction', () => {
  it.each([
    { type: 'register' },
    { type: 'register', comment: 'ok' },
    { type: 'resolve', headId: 'h1' },
    { type: 'distribute', executorId: 's1' },
    { type: 'check_completeness', outcome: 'complete' },
    { type: 'check_completeness', outcome: 'incomplete', missingDocuments: ['passport'] },
    { type: 'licensing_control', outcome: 'site_visit', visitDate: '2024-02-29', findings: 'ok' },
    { type: 'request_conclusions', bodies: ['emergency', 'agriculture_inspection'], pause: true },
    { type: 'record_conclusion', body: 'consumer_protection', outcome: 'positive', summary: 'fine' },
    { type: 'conclusion', outcome: 'does_not_meet', reasons: ['r'] },
    { type: 'approve', outcome: 'returned', reason: 'why' },
    { type: 'sign_result', outcome: 'signed', signature: sig },
    { type: 'sign_order', outcome: 'returned', reason: 'why' },
    { type: 'prepare_order', orderNo: '1' },
    { type: 'prepare_result', documentNo: 'L-1' },
    { type: 'prepare_refusal', reasons: ['r'] },
    { type: 'issue', via: 'hand_out' },
    { type: 'schedule_test', testDate: '2024-05-01' },
    { type: 'record_test', outcome: 'failed', score: 12 },
    { type: 'prepare_commission', meetingDate: '2024-05-01T10:00:00+05:00' },
    { type: 'commission_review', protocolNo: 'P1', outcome: 'negative' },
    { type: 'pause', ground: 'external_conclusion', scope: 'step' },
    { type: 'resume' },
    { type: 'take' },
    { type: 'assign', assigneeId: 'x' },
    { type: 'comment', text: 'hi' },
  ])('accepts %j', (action) => {
    expect(validateAction(action)).toEqual({ ok: true, action });
  });

  it.each([
    [null, { '': 'not_object' }],
    [[], { '': 'not_object' }],
    [{ type: 'fly' }, { type: 'invalid_value' }],
    [{ type: 'register', comment: 'x'.repeat(MAX_TEXT + 1) }, { comment: 'too_long' }],
    [{ type: 'distribute' }, { executorId: 'required' }],
    [{ type: 'check_completeness' }, { outcome: 'required' }],
    [{ type: 'check_completeness', outcome: 'meets' }, { outcome: 'invalid_value' }],
    [{ type: 'check_completeness', outcome: 'incomplete' }, { missingDocuments: 'required' }],
    [{ type: 'check_completeness', outcome: 'incomplete', missingDocuments: [] }, { missingDocuments: 'empty' }],
    [{ type: 'check_completeness', outcome: 'incomplete', missingDocuments: ['a', 7] }, { 'missingDocuments.1': 'not_string' }],
    [{ type: 'check_completeness', outcome: 'incomplete', missingDocuments: Array(MAX_ITEMS + 1).fill('a') }, { missingDocuments: 'too_many' }],
    [{ type: 'licensing_control', outcome: 'site_visit', visitDate: '2024-02-30', findings: '' }, { visitDate: 'invalid_date', findings: 'empty' }],
    [{ type: 'request_conclusions', bodies: ['police'] }, { 'bodies.0': 'invalid_value' }],
    [{ type: 'request_conclusions', bodies: ['emergency', 'emergency'] }, { bodies: 'duplicate' }],
    [{ type: 'request_conclusions', bodies: ['emergency'], pause: 'yes' }, { pause: 'not_boolean' }],
    [{ type: 'record_conclusion', outcome: 'positive' }, { body: 'required', summary: 'required' }],
    [{ type: 'approve', outcome: 'returned', reason: '   ' }, { reason: 'empty' }],
    [{ type: 'sign_result', outcome: 'signed' }, { signature: 'required' }],
    [{ type: 'sign_result', outcome: 'signed', signature: { certificateSerial: '', signedAt: 'now' } }, { 'signature.certificateSerial': 'empty', 'signature.signedAt': 'invalid_date' }],
    [{ type: 'prepare_order', orderNo: 'x'.repeat(201) }, { orderNo: 'too_long' }],
    [{ type: 'issue', via: 'pigeon' }, { via: 'invalid_value' }],
    [{ type: 'record_test', outcome: 'passed', score: -1 }, { score: 'invalid_number' }],
    [{ type: 'schedule_test', testDate: '01.05.2024' }, { testDate: 'invalid_date' }],
    [{ type: 'pause', ground: 'lunch' }, { ground: 'invalid_value' }],
    [{ type: 'comment', text: '' }, { text: 'empty' }],
  ])('rejects %j', (action, details) => {
    expect(validateAction(action)).toEqual({ ok: false, code: 'invalid_payload', details });
  });

  it('checks ISO dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-03-04T05:00:00.000Z')).toBe(true);
    expect(isIsoDate('2024-03-04T05:00:00')).toBe(false);
    expect(isIsoDate('2024-13-01T05:00:00Z')).toBe(false);
  });

  it('derives the outcome of outcome-less actions', () => {
    expect(outcomeOf({ type: 'register' })).toBe('done');
    expect(outcomeOf({ type: 'request_conclusions', bodies: ['other'] })).toBe('sent');
    expect(outcomeOf({ type: 'take' })).toBeNull();
  });
});
