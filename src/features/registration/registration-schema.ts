import { z } from '../../api/zod';
import { validateBin, validateIin } from '../../domain/identity/iin-bin';

/** Form values of a paper/office registration; error messages are i18n keys (registration:errors.*). */
export type RegistrationValues = {
  serviceId: string;
  variantId: string;
  channel: string;
  applicantType: 'person' | 'organization';
  idNumber: string;
  name: string;
  phone: string;
  email: string;
  documents: string[];
  comment: string;
};

export const emptyRegistration: RegistrationValues = {
  serviceId: '',
  variantId: '',
  channel: 'provider_office',
  applicantType: 'person',
  idNumber: '',
  name: '',
  phone: '',
  email: '',
  documents: [],
  comment: '',
};

const required = (max: number) => z.string().check(z.trim(), z.minLength(1, 'errors.required'), z.maxLength(max, 'errors.too_long'));

/** Validates the form with the domain's IIN/BIN check-digit algorithm. */
export const registrationSchema = z
  .object({
    serviceId: required(120),
    variantId: required(120),
    channel: required(60),
    applicantType: z.enum(['person', 'organization']),
    idNumber: z.string(),
    name: required(300),
    phone: z.string().check(z.maxLength(40, 'errors.too_long'), z.refine((v) => v === '' || /^\+?[\d\s()-]{6,20}$/.test(v), 'errors.phone')),
    email: z.string().check(z.maxLength(200, 'errors.too_long'), z.refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'errors.email')),
    documents: z.array(z.string().check(z.maxLength(300, 'errors.too_long'))).check(z.maxLength(50, 'errors.too_many')),
    comment: z.string().check(z.maxLength(2000, 'errors.too_long')),
  })
  .check(
    z.superRefine((values, ctx) => {
      const id = values.idNumber.trim();
      if (!id) {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'errors.required' });
        return;
      }
      const check = values.applicantType === 'person' ? validateIin(id) : validateBin(id);
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: `errors.${check.code}` });
    }),
  );

/** The request body of POST /api/applications for these values. */
export function toCreateRequest(values: RegistrationValues) {
  const contact = {
    name: values.name.trim(),
    ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
  };
  return {
    serviceId: values.serviceId,
    variantId: values.variantId,
    channel: values.channel,
    applicant:
      values.applicantType === 'person'
        ? { type: 'person' as const, iin: values.idNumber.trim(), ...contact }
        : { type: 'organization' as const, bin: values.idNumber.trim(), ...contact },
    documents: values.documents.map((name) => ({ name, kind: 'attachment' })),
    ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
  };
}
