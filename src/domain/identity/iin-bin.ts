/**
 * Kazakhstan individual (ИИН / ЖСН) and business (БИН / БСН) identification numbers:
 * validation with the official check-digit algorithm and generators of valid numbers.
 */

/** Why a number is invalid. */
export type IdErrorCode = 'length' | 'not_digits' | 'checksum' | 'date' | 'century' | 'entity_type';

/** Sex encoded in an IIN's 7th digit (odd = male, even = female). */
export type Sex = 'male' | 'female';

/** Result of validation. */
export type IdValidation =
  | { ok: true; kind: 'iin'; birthDate: string; sex: Sex }
  | { ok: true; kind: 'bin'; registeredMonth: string; entityType: 4 | 5 | 6; attribute: number }
  | { ok: false; code: IdErrorCode };

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Check digit for the first 11 digits, or null when the algorithm gives 10 twice (no valid number). */
export function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const sum = (weights: number[]) => digits.reduce((acc, d, i) => acc + d * weights[i], 0) % 11;
  let control = sum(WEIGHTS_1);
  if (control === 10) control = sum(WEIGHTS_2);
  return control === 10 ? null : control;
}

function shape(value: string): IdErrorCode | null {
  if (value.length !== 12) return 'length';
  if (!/^\d{12}$/.test(value)) return 'not_digits';
  return null;
}

function checksumOk(value: string): boolean {
  const control = checkDigit(value.slice(0, 11));
  return control !== null && control === Number(value[11]);
}

const CENTURY: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Validates an IIN: 12 digits, YYMMDD birth date, century/sex digit 1–6, check digit. */
export function validateIin(value: string): IdValidation {
  const bad = shape(value);
  if (bad) return { ok: false, code: bad };
  const base = CENTURY[value[6]];
  if (base === undefined) return { ok: false, code: 'century' };
  const year = base + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (!isValidDate(year, month, day)) return { ok: false, code: 'date' };
  if (!checksumOk(value)) return { ok: false, code: 'checksum' };
  const birthDate = `${year}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
  return { ok: true, kind: 'iin', birthDate, sex: Number(value[6]) % 2 === 1 ? 'male' : 'female' };
}

/** Validates a BIN: 12 digits, YYMM registration, entity type 4/5/6, attribute 0–3, check digit. */
export function validateBin(value: string): IdValidation {
  const bad = shape(value);
  if (bad) return { ok: false, code: bad };
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, code: 'date' };
  const type = Number(value[4]);
  if (type !== 4 && type !== 5 && type !== 6) return { ok: false, code: 'entity_type' };
  const attribute = Number(value[5]);
  if (attribute > 3) return { ok: false, code: 'entity_type' };
  if (!checksumOk(value)) return { ok: false, code: 'checksum' };
  return {
    ok: true,
    kind: 'bin',
    registeredMonth: `${value.slice(0, 2)}-${value.slice(2, 4)}`,
    entityType: type,
    attribute,
  };
}

/**
 * Validates either kind: a 5th digit of 4–6 cannot start an IIN's day of birth, so it marks a BIN.
 */
export function validateIinOrBin(value: string): IdValidation {
  const bad = shape(value);
  if (bad) return { ok: false, code: bad };
  return '456'.includes(value[4]) ? validateBin(value) : validateIin(value);
}

/** A source of randomness in [0, 1), e.g. a seeded PRNG for deterministic demo data. */
export type Rng = () => number;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** Completes 11 digits with a serial-free check digit; null if this prefix has none. */
function complete(first11: string): string | null {
  const control = checkDigit(first11);
  return control === null ? null : first11 + control;
}

/** Generates a valid IIN; birth date 'YYYY-MM-DD' (1800–2099) and sex are random unless given. */
export function makeValidIin(rng: Rng, opts: { birthDate?: string; sex?: Sex } = {}): string {
  for (;;) {
    const [y, m, d] = opts.birthDate
      ? opts.birthDate.split('-').map(Number)
      : [int(rng, 1940, 2006), int(rng, 1, 12), int(rng, 1, 28)];
    const sex = opts.sex ?? (rng() < 0.5 ? 'male' : 'female');
    const centuryDigit = (Math.floor(y / 100) - 18) * 2 + (sex === 'male' ? 1 : 2);
    const prefix = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${centuryDigit}${pad(int(rng, 0, 9999), 4)}`;
    const iin = complete(prefix);
    if (iin) return iin;
  }
}

/** Generates a valid BIN; registration year/month random (2000–2024) unless given as 'YY-MM'. */
export function makeValidBin(rng: Rng, opts: { registeredMonth?: string; entityType?: 4 | 5 | 6 } = {}): string {
  for (;;) {
    const [yy, mm] = opts.registeredMonth
      ? opts.registeredMonth.split('-').map(Number)
      : [int(rng, 0, 24), int(rng, 1, 12)];
    const type = opts.entityType ?? ([4, 5, 6] as const)[int(rng, 0, 2)];
    const prefix = `${pad(yy, 2)}${pad(mm, 2)}${type}${int(rng, 0, 3)}${pad(int(rng, 0, 99999), 5)}`;
    const bin = complete(prefix);
    if (bin) return bin;
  }
}
