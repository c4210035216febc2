import { describe, expect, it } from 'vitest';
import { makeValidBin, makeValidIin } from '../identity/iin-bin.ts';
import { createApplication, type NewApplicationInput } from './create.ts';

const input: NewApplicationInput = {
  id: 'a1',
  providerId: 'aktobe-gasc-2019',
  serviceId: 'design-license',
  variantId: 'issue',
  regNo: 'AK-1',
  channel: 'egov_portal',
  applicant: { type: 'organization', bin: makeValidBin(() => 0.3), name: 'TOO Proekt' },
  arrivedAt: '2024-03-04T15:00:00Z',
};

describe('createApplication', () => {
  it('starts at s1 in the queue with version 1 and a create entry', () => {
    const r = createApplication(input, new Date('2024-03-05T04:00:00Z'));
    if (!r.ok) throw new Error(r.code);
    expect(r.app).toMatchObject({
      status: 'in_progress',
      currentStepId: 's1',
      assigneeId: null,
      receivedAt: '2024-03-05T04:00:00.000Z',
      stepStartedAt: '2024-03-05T04:00:00.000Z',
      arrivedAt: '2024-03-04T15:00:00.000Z',
      version: 1,
    });
    expect(r.app.audit).toEqual([{ at: '2024-03-05T04:00:00.000Z', actorId: 'system', action: 'create', fromStep: null, toStep: 's1', assigneeId: null, version: 1 }]);
  });

  it('refuses unknown variants and invalid applicants with codes', () => {
    expect(createApplication({ ...input, variantId: 'duplicate' }, '2024-03-05T04:00:00Z')).toEqual({ ok: false, code: 'unknown_variant' });
    const bad = createApplication({ ...input, applicant: { type: 'person', iin: '123', name: '' } }, 'soon');
    expect(bad).toEqual({ ok: false, code: 'invalid_payload', details: { 'applicant.iin': 'length', 'applicant.name': 'required', receivedAt: 'invalid_date' } });
    const person = createApplication({ ...input, applicant: { type: 'person', iin: makeValidIin(() => 0.7), name: 'A' } }, '2024-03-05T04:00:00Z');
    expect(person.ok).toBe(true);
  });
});
