import * as v from 'valibot';
import { emptyRegistration, registrationSchema, toCreateRequest } from './registration-schema';
import { makeValidBin, makeValidIin } from '../../domain/identity/iin-bin';

const rng = (() => {
  let s = 7;
  return () => ((s = (s * 16807) % 2147483647) / 2147483647);
})();

function errorsOf(values: Partial<typeof emptyRegistration>) {
  const result = v.safeParse(registrationSchema, { ...emptyRegistration, serviceId: 's', variantId: 'v', name: 'Ә', ...values });
  return result.success ? {} : Object.fromEntries(result.issues.map((i) => [v.getDotPath(i), i.message]));
}

describe('registration form schema', () => {
  it('accepts a valid IIN and a valid BIN', () => {
    expect(errorsOf({ idNumber: makeValidIin(rng) })).toEqual({});
    expect(errorsOf({ applicantType: 'organization', idNumber: makeValidBin(rng) })).toEqual({});
  });

  it('names what is wrong with a number', () => {
    const iin = makeValidIin(rng);
    const broken = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(errorsOf({ idNumber: broken })).toEqual({ idNumber: 'errors.checksum' });
    expect(errorsOf({ idNumber: '12345' })).toEqual({ idNumber: 'errors.length' });
    expect(errorsOf({ idNumber: '' })).toEqual({ idNumber: 'errors.required' });
    expect(errorsOf({ applicantType: 'organization', idNumber: iin })).toHaveProperty('idNumber');
  });

  it('requires the name and bounds every text', () => {
    expect(errorsOf({ idNumber: makeValidIin(rng), name: '  ' })).toEqual({ name: 'errors.required' });
    expect(errorsOf({ idNumber: makeValidIin(rng), comment: 'x'.repeat(100_000) })).toEqual({ comment: 'errors.too_long' });
    expect(errorsOf({ idNumber: makeValidIin(rng), email: 'not-an-email' })).toEqual({ email: 'errors.email' });
  });

  it('builds the API request without empty contacts', () => {
    const iin = makeValidIin(rng);
    const body = toCreateRequest({ ...emptyRegistration, serviceId: 's', variantId: 'v', idNumber: iin, name: ' Асқар ', documents: ['Заявление'] });
    expect(body.applicant).toEqual({ type: 'person', iin, name: 'Асқар' });
    expect(body.documents).toEqual([{ name: 'Заявление', kind: 'attachment' }]);
  });
});
