import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigit, makeValidBin, makeValidIin, validateBin, validateIin, validateIinOrBin } from './iin-bin.ts';

/** Mulberry32: a small seeded PRNG for reproducible generation. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('checkDigit', () => {
  it('uses weights 1..11', () => {
    // only the 11th digit set: 11 * 1 = 11 ≡ 0 (mod 11)
    expect(checkDigit('00000000001')).toBe(0);
    expect(checkDigit('10000000000')).toBe(1);
  });
  it('falls back to weights 3..11,1,2 when the first sum gives 10', () => {
    // 1 at position 10 (weight 10) → 10; second pass weight 1 → 1
    expect(checkDigit('00000000010')).toBe(1);
  });
  it('returns null when both passes give 10', () => {
    // such prefixes exist; no valid number can start with them
    let found: string | null = null;
    for (let n = 0; n < 100000 && !found; n++) {
      const s = String(n).padStart(11, '0');
      if (checkDigit(s) === null) found = s;
    }
    expect(found).not.toBeNull();
  });
});

describe('validateIin', () => {
  const valid = makeValidIin(seeded(1), { birthDate: '1985-07-14', sex: 'male' });

  it('accepts a generated IIN and decodes birth date and sex', () => {
    expect(valid.slice(0, 7)).toBe('8507143');
    expect(validateIin(valid)).toEqual({ ok: true, kind: 'iin', birthDate: '1985-07-14', sex: 'male' });
    const girl = makeValidIin(seeded(2), { birthDate: '2004-02-29', sex: 'female' });
    expect(validateIin(girl)).toMatchObject({ ok: true, birthDate: '2004-02-29', sex: 'female' });
    expect(girl[6]).toBe('6');
    const old = makeValidIin(seeded(3), { birthDate: '1899-12-31', sex: 'female' });
    expect(old[6]).toBe('2');
    expect(validateIin(old)).toMatchObject({ ok: true, birthDate: '1899-12-31' });
  });

  it.each([
    ['', 'length'],
    ['12345678901', 'length'],
    ['1234567890123', 'length'],
    ['85071430012a', 'not_digits'],
    ['850714 00123', 'not_digits'],
    ['850714000123', 'century'],
    ['850714700123', 'century'],
    ['851314300123', 'date'],
    ['850732300123', 'date'],
    ['050229500123', 'date'],
    ['850700300123', 'date'],
  ])('rejects %j with %s', (value, code) => {
    expect(validateIin(value)).toEqual({ ok: false, code });
  });

  it('rejects a wrong check digit', () => {
    const wrong = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10);
    expect(validateIin(wrong)).toEqual({ ok: false, code: 'checksum' });
  });

  it('property: generated IINs are valid and any single-digit change of the last digit is not', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const iin = makeValidIin(seeded(seed));
        expect(validateIin(iin).ok).toBe(true);
        expect(validateIinOrBin(iin)).toMatchObject({ ok: true, kind: 'iin' });
        const other = iin.slice(0, 11) + String((Number(iin[11]) + 3) % 10);
        expect(validateIin(other)).toEqual({ ok: false, code: 'checksum' });
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateBin', () => {
  it('accepts a generated BIN and decodes it', () => {
    const bin = makeValidBin(seeded(7), { registeredMonth: '08-04', entityType: 4 });
    expect(validateBin(bin)).toMatchObject({ ok: true, kind: 'bin', registeredMonth: '08-04', entityType: 4 });
    expect(validateIinOrBin(bin)).toMatchObject({ ok: true, kind: 'bin' });
  });

  it.each([
    ['0804400001', 'length'],
    ['08044000000x', 'not_digits'],
    ['081340000001', 'date'],
    ['080370000001', 'entity_type'],
    ['080344000001', 'entity_type'],
  ])('rejects %j with %s', (value, code) => {
    expect(validateBin(value)).toEqual({ ok: false, code });
  });

  it('property: generated BINs are valid, IIN validation rejects them', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const bin = makeValidBin(seeded(seed));
        expect(validateBin(bin).ok).toBe(true);
        expect(validateIin(bin).ok).toBe(false);
        const other = bin.slice(0, 11) + String((Number(bin[11]) + 5) % 10);
        expect(validateBin(other)).toEqual({ ok: false, code: 'checksum' });
      }),
      { numRuns: 300 },
    );
  });
});
