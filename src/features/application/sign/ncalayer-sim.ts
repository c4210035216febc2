/**
 * An imitation of NCALayer (the local signing service at wss://127.0.0.1:13579): it checks what
 * the real one would refuse and answers with the same kinds of errors, after a short delay.
 */
import { DEMO_PIN, isExpired, NOT_RUNNING_PIN, type DemoCertificate } from './demo-key-store';

export type NcaErrorCode = 'not_running' | 'wrong_pin' | 'expired' | 'wrong_purpose' | 'locked' | 'no_certificate';

export class NcaLayerError extends Error {
  readonly code: NcaErrorCode;
  readonly attemptsLeft?: number;
  constructor(code: NcaErrorCode, attemptsLeft?: number) {
    super(code);
    this.name = 'NcaLayerError';
    this.code = code;
    this.attemptsLeft = attemptsLeft;
  }
}

export type SignPhase = 'connecting' | 'checking' | 'signing';

/** Wrong PIN attempts per key before the store locks it (the real store allows a few more). */
export const MAX_PIN_ATTEMPTS = 5;
const attempts = new Map<string, number>();

let delayMs = 350;
/** Tests make the imitation instant. */
export function setNcaLayerDelay(ms: number): void {
  delayMs = ms;
}

const wait = () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));

/**
 * Signs with `cert` after the checks NCALayer does: service running, PIN of the store, key
 * usage, validity. Resolves with what the API's `signature` needs.
 */
export async function signWithNcaLayer(input: {
  cert: DemoCertificate | null;
  pin: string;
  running: boolean;
  now: () => Date;
  onPhase?: (phase: SignPhase) => void;
}): Promise<{ certificateSerial: string; signedAt: string }> {
  input.onPhase?.('connecting');
  await wait();
  if (!input.running || input.pin === NOT_RUNNING_PIN) throw new NcaLayerError('not_running');
  if (!input.cert) throw new NcaLayerError('no_certificate');
  input.onPhase?.('checking');
  await wait();
  const used = attempts.get(input.cert.serial) ?? 0;
  if (used >= MAX_PIN_ATTEMPTS) throw new NcaLayerError('locked');
  if (input.pin !== DEMO_PIN) {
    attempts.set(input.cert.serial, used + 1);
    const left = MAX_PIN_ATTEMPTS - used - 1;
    throw new NcaLayerError(left > 0 ? 'wrong_pin' : 'locked', left);
  }
  attempts.delete(input.cert.serial);
  if (input.cert.purpose !== 'sign') throw new NcaLayerError('wrong_purpose');
  if (isExpired(input.cert, input.now())) throw new NcaLayerError('expired');
  input.onPhase?.('signing');
  await wait();
  return { certificateSerial: input.cert.serial, signedAt: input.now().toISOString() };
}
