import { demoCertificates, DEMO_PIN, isExpired, NOT_RUNNING_PIN } from './demo-key-store';
import { NcaLayerError, setNcaLayerDelay, signWithNcaLayer } from './ncalayer-sim';

const now = new Date('2026-03-02T06:00:00Z');
const certs = demoCertificates({ id: 'almaty-director', name: 'Сапаров Ерлан' }, { id: 'almaty-gasc-2016', name: 'КГУ «Управление ГАСК»' }, now);
const sign = certs.find((c) => c.purpose === 'sign' && !isExpired(c, now))!;
const expired = certs.find((c) => isExpired(c, now))!;
const auth = certs.find((c) => c.purpose === 'auth')!;

async function code(input: Partial<Parameters<typeof signWithNcaLayer>[0]>) {
  try {
    await signWithNcaLayer({ cert: sign, pin: DEMO_PIN, running: true, now: () => now, ...input });
    return 'ok';
  } catch (e) {
    return e instanceof NcaLayerError ? e.code : 'other';
  }
}

beforeAll(() => setNcaLayerDelay(0));

describe('the NCALayer imitation', () => {
  it('gives the same store to the same person: a signing key, an authentication key, an expired one', () => {
    const again = demoCertificates({ id: 'almaty-director', name: 'x' }, { id: 'almaty-gasc-2016', name: 'другое имя' }, now);
    expect(again.map((c) => c.serial)).toEqual(certs.map((c) => c.serial));
    expect(again[0].bin).toBe(certs[0].bin);
    expect(certs.map((c) => c.purpose)).toEqual(['sign', 'auth', 'sign']);
    expect(sign.iin).toMatch(/^\d{12}$/);
    expect(expired).toBeDefined();
  });

  it('signs with the right key and PIN', async () => {
    const signature = await signWithNcaLayer({ cert: sign, pin: DEMO_PIN, running: true, now: () => now });
    expect(signature).toEqual({ certificateSerial: sign.serial, signedAt: now.toISOString() });
  });

  it('refuses like the real one: not running, wrong PIN, wrong purpose, expired', async () => {
    expect(await code({ running: false })).toBe('not_running');
    expect(await code({ pin: NOT_RUNNING_PIN })).toBe('not_running');
    expect(await code({ pin: '111111' })).toBe('wrong_pin');
    expect(await code({ cert: auth })).toBe('wrong_purpose');
    expect(await code({ cert: expired })).toBe('expired');
    expect(await code({ cert: null })).toBe('no_certificate');
  });

  it('counts wrong PINs and locks the key after the last attempt', async () => {
    const other = demoCertificates({ id: 'someone-else', name: 'y' }, { id: 'o', name: 'o' }, now)[0];
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      try {
        await signWithNcaLayer({ cert: other, pin: '999999', running: true, now: () => now });
      } catch (e) {
        left.push((e as NcaLayerError).attemptsLeft ?? -1);
      }
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await code({ cert: other })).toBe('locked');
  });
});
