import * as v from 'valibot';
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

const required = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'errors.required'), v.maxLength(max, 'errors.too_long'));

/** Validates the form with the domain's IIN/BIN check-digit algorithm. */
export const registrationSchema = v.pipe(
  v.object({
    serviceId: required(120),
    variantId: required(120),
    channel: required(60),
    applicantType: v.picklist(['person', 'organization']),
    idNumber: v.string(),
    name: required(300),
    phone: v.pipe(v.string(), v.maxLength(40, 'errors.too_long'), v.check((text) => text === '' || /^\+?[\d\s()-]{6,20}$/.test(text), 'errors.phone')),
    email: v.pipe(v.string(), v.maxLength(200, 'errors.too_long'), v.check((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), 'errors.email')),
    documents: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300, 'errors.too_long'))), v.maxLength(50, 'errors.too_many')),
    comment: v.pipe(v.string(), v.maxLength(2000, 'errors.too_long')),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const values = dataset.value;
    const id = values.idNumber.trim();
    const check = values.applicantType === 'person' ? validateIin(id) : validateBin(id);
    const message = !id ? 'errors.required' : check.ok ? null : `errors.${check.code}`;
    if (message) addIssue({ message, path: [{ type: 'object', origin: 'value', input: values, key: 'idNumber', value: values.idNumber }] });
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
