/**
 * A demo key store in place of the person's real one (a file or a token read by NCALayer): a few
 * certificates of the signed-in person, one valid for signing, one expired, one for
 * authentication only, plus the organisation's signing key. Deterministic per person.
 */
import { makeValidBin, makeValidIin } from '../../../domain/identity/iin-bin';

export type DemoCertificate = {
  serial: string;
  /** File the key would come from (as NCALayer shows it). */
  alias: string;
  owner: string;
  iin: string;
  organization: string | null;
  bin: string | null;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** Key usage: signing (digitalSignature + nonRepudiation) or authentication (TLS client). */
  purpose: 'sign' | 'auth';
  algorithm: 'RSA' | 'GOST';
};

/** The PIN of every demo key, shown in the dialog's help. */
export const DEMO_PIN = '123456';
/** Typing this PIN imitates NCALayer not answering. */
export const NOT_RUNNING_PIN = '000000';

const DAY = 86_400_000;

/** A small seeded PRNG (mulberry32) so a person always gets the same numbers. */
function rngFrom(text: string): () => number {
  let seed = 0;
  for (const ch of text) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function serialOf(rng: () => number): string {
  let s = '';
  for (let i = 0; i < 20; i++) s += Math.floor(rng() * 16).toString(16);
  return s.toUpperCase();
}

/** The certificates in the person's demo key store, as of `now`. */
export function demoCertificates(person: { id: string; name: string }, org: { id: string; name: string }, now: Date): DemoCertificate[] {
  const rng = rngFrom(person.id);
  const iin = makeValidIin(rng);
  const bin = makeValidBin(rngFrom(org.id), { entityType: 4 });
  const organization = org.name;
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const base = { owner: person.name, iin, issuer: 'ҰКО / НУЦ РК (RSA)' };
  return [
    { ...base, serial: serialOf(rng), alias: `RSA256_${iin}.p12`, organization, bin, validFrom: at(-120), validTo: at(245), purpose: 'sign', algorithm: 'RSA' },
    { ...base, serial: serialOf(rng), alias: `AUTH_RSA256_${iin}.p12`, organization, bin, validFrom: at(-120), validTo: at(245), purpose: 'auth', algorithm: 'RSA' },
    { ...base, serial: serialOf(rng), alias: `GOSTKNCA_${iin}.p12`, organization, bin, validFrom: at(-400), validTo: at(-35), purpose: 'sign', algorithm: 'GOST' },
  ];
}

export function isExpired(cert: DemoCertificate, now: Date): boolean {
  return now.getTime() > Date.parse(cert.validTo) || now.getTime() < Date.parse(cert.validFrom);
}

const RUNNING_KEY = 'kz-licensing.demo.ncalayer-running';

/** The demo switch "NCALayer is running" (kept across reloads). */
export function readNcaLayerRunning(): boolean {
  try {
    return localStorage.getItem(RUNNING_KEY) !== 'false';
  } catch {
    return true;
  }
}

export function writeNcaLayerRunning(running: boolean): void {
  try {
    localStorage.setItem(RUNNING_KEY, String(running));
  } catch {
    /* ignore */
  }
}
