/**
 * SLA benchmark (`npm run bench`): 100,000 deterministic applications over 2024–2027, two clocks
 * each (step clock + service clock) with `computeClock`; deadlines of a sample are checked against
 * a naive minute-by-minute reference, which is also timed. The last line is the summary.
 * Runs under `node --experimental-strip-types`: relative imports end in `.ts`, no enums etc.
 */
import { nationalCalendar } from '../src/domain/calendar/index.ts';
import { computeClock, providerContext, type ClockInput, type Norm, type SlaContext, type WorkCalendar } from '../src/domain/sla/index.ts';

const APPS = 100_000;
const SAMPLE = 300;
const MIN = 60_000;
const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Compact = { weekdays: number[]; start: string; end: string; breaks: Array<[string, string]> };
type Provider = { compact: Compact; timeZone: string; ctx: SlaContext };
const calendar = nationalCalendar();
const provider = (compact: Compact, timeZone: string): Provider => ({ compact, timeZone, ctx: providerContext(compact, timeZone, calendar) });
const PROVIDERS: Provider[] = [
  provider({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']] }, 'Asia/Almaty'),
  provider({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']] }, 'Asia/Aqtobe'),
  provider({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:30', breaks: [['13:00', '14:30']] }, 'Asia/Almaty'),
];

const STEP_NORMS: Norm[] = [
  { value: 15, unit: 'minutes' },
  { value: 30, unit: 'minutes' },
  { value: 1, unit: 'hours' },
  { value: 1, unit: 'working_days' },
  { value: 2, unit: 'working_days' },
  { value: 0, unit: 'working_days' },
];
const SERVICE_NORMS: Norm[] = [
  { value: 15, unit: 'working_days' },
  { value: 15, unit: 'working_days' },
  { value: 3, unit: 'working_days' },
  { value: 2, unit: 'working_days' },
  { value: 1, unit: 'working_days' },
  { min: 3, max: 10, unit: 'working_days' },
  { value: 30, unit: 'calendar_days' },
];

type App = { p: Provider; step: ClockInput; service: ClockInput; now: Date; plain: boolean };

function generate(n: number): App[] {
  const rnd = prng(20260321);
  const from = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2027, 11, 1) - from;
  const apps: App[] = [];
  for (let i = 0; i < n; i++) {
    const p = PROVIDERS[Math.floor(rnd() * PROVIDERS.length)];
    // Minute-aligned receipts; office hours dominate (UTC 03:00–14:00 ≈ 08:00–19:00 local).
    let receipt = from + Math.floor((rnd() * span) / MIN) * MIN;
    if (rnd() < 0.8) receipt = Math.floor(receipt / DAY) * DAY + (3 * 60 + Math.floor(rnd() * 11 * 60)) * MIN;
    const stepStart = receipt + Math.floor(rnd() * 5 * 24 * 60) * MIN;
    const now = new Date(stepStart + Math.floor(rnd() * 30 * 24 * 60) * MIN);
    const service: ClockInput = { start: new Date(receipt), norm: SERVICE_NORMS[Math.floor(rnd() * SERVICE_NORMS.length)], source: 'п.4' };
    let plain = true;
    const r = rnd();
    if (r < 0.1) {
      plain = false;
      const pauseFrom = receipt + Math.floor(rnd() * 3 * DAY);
      service.pauses = [{ from: new Date(pauseFrom), to: rnd() < 0.5 ? new Date(pauseFrom + Math.floor(rnd() * 5 * DAY)) : undefined, ground: 'waiting_conclusion' }];
    } else if (r < 0.35) {
      service.finishedAt = new Date(receipt + Math.floor(rnd() * 25 * DAY));
    }
    const step: ClockInput = { start: new Date(stepStart), norm: STEP_NORMS[Math.floor(rnd() * STEP_NORMS.length)], source: 'п.9 пп.2' };
    apps.push({ p, step, service, now, plain });
  }
  return apps;
}

// ---- Reference: one minute at a time through the schedule (independent of the engine). ----
type RefProvider = { tz: string; fmt: Intl.DateTimeFormat; offsets: Map<number, number>; weekdays: Set<number>; from: number; to: number; breaks: Array<[number, number]>; off: Set<string>; extra: Set<string> };
const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
function refProvider(p: Provider, cal: WorkCalendar): RefProvider {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: p.timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  return {
    tz: p.timeZone, fmt, offsets: new Map(), weekdays: new Set(p.compact.weekdays), from: hm(p.compact.start), to: hm(p.compact.end),
    breaks: p.compact.breaks.map(([a, b]) => [hm(a), hm(b)]), off: new Set(cal.daysOff), extra: new Set(cal.workingDays),
  };
}
function refOffset(r: RefProvider, t: number): number {
  const hour = Math.floor(t / 3_600_000);
  let o = r.offsets.get(hour);
  if (o === undefined) {
    const parts = Object.fromEntries(r.fmt.formatToParts(hour * 3_600_000).map((x) => [x.type, x.value]));
    o = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute) - hour * 3_600_000;
    r.offsets.set(hour, o);
  }
  return o;
}
/** Local day string and whether the minute starting at t is working time. */
function refMinute(r: RefProvider, t: number): { day: string; working: boolean } {
  const local = t + refOffset(r, t);
  const day = new Date(local).toISOString().slice(0, 10);
  const iso = ((new Date(local).getUTCDay() + 6) % 7) + 1;
  const worked = !r.off.has(day) && (r.extra.has(day) || r.weekdays.has(iso));
  const m = Math.floor((local % DAY) / MIN);
  const working = worked && m >= r.from && m < r.to && !r.breaks.some(([a, b]) => m >= a && m < b);
  return { day, working };
}
function refDeadline(r: RefProvider, start: number, norm: Norm): number {
  const v = 'value' in norm ? norm.value : norm.max;
  let t = start;
  if (norm.unit === 'minutes' || norm.unit === 'hours') {
    let left = norm.unit === 'hours' ? v * 60 : v;
    for (; left > 0; t += MIN) if (refMinute(r, t).working) left--;
    return t;
  }
  const startDay = refMinute(r, start).day;
  const target = norm.unit === 'calendar_days' ? new Date(Date.parse(startDay) + v * DAY).toISOString().slice(0, 10) : '';
  let counted = 0;
  let lastDay = '';
  let dueDay = '';
  let lastEnd = 0;
  // Start stepping at the local midnight of the start day.
  for (t = start - ((start + refOffset(r, start)) % DAY); ; t += MIN) {
    const { day, working } = refMinute(r, t);
    if (dueDay && day !== dueDay) return lastEnd;
    if (!working) continue;
    if (!dueDay) {
      if (norm.unit === 'working_days') {
        if (day < startDay || (v > 0 && day === startDay)) continue;
        if (day !== lastDay) { counted++; lastDay = day; }
        if (counted === Math.max(v, 1)) dueDay = day;
      } else if (day >= target) dueDay = day;
    }
    if (day === dueDay) lastEnd = t + MIN;
  }
}

// ---- Run. ----
const apps = generate(APPS);
const run = (list: App[]) => {
  let overdue = 0;
  for (const a of list) {
    const s = computeClock(a.step, a.p.ctx, a.now);
    const c = computeClock(a.service, a.p.ctx, a.now);
    if (s.state === 'overdue' || c.state === 'overdue') overdue++;
  }
  return overdue;
};
run(apps.slice(0, 20_000)); // warm up the JIT and the per-zone day tables
const t0 = performance.now();
const overdue = run(apps);
const seconds = (performance.now() - t0) / 1000;
const rate = Math.round(APPS / seconds);
console.log(`computed ${2 * APPS} clocks in ${seconds.toFixed(3)} s (${overdue} applications with an overdue clock)`);

const sample = apps.filter((a) => a.plain).slice(0, SAMPLE).map((a) => ({ ...a, service: { ...a.service, finishedAt: undefined } }));
const refs = new Map(PROVIDERS.map((p) => [p, refProvider(p, calendar)]));
let mismatches = 0;
let refMs = 0;
for (const a of sample) {
  for (const input of [a.step, a.service]) {
    const ours = computeClock(input, a.p.ctx, a.now).deadline;
    const r0 = performance.now();
    const refAt = refDeadline(refs.get(a.p)!, input.start.getTime(), input.norm!);
    refMs += performance.now() - r0;
    const ref = new Date(refAt).toISOString();
    if (ours !== ref) {
      mismatches++;
      console.error(`MISMATCH ${a.p.timeZone} start=${input.start.toISOString()} norm=${JSON.stringify(input.norm)} ours=${ours} ref=${ref}`);
    }
  }
}
if (mismatches > 0) {
  console.error(`sla: ${mismatches} deadlines differ from minute stepping`);
  process.exit(1);
}
console.log(`sample: ${2 * sample.length} deadlines identical to minute stepping`);

const REPS = 20;
const t1 = performance.now();
for (let k = 0; k < REPS; k++) run(sample);
const oursPerApp = (performance.now() - t1) / (REPS * sample.length);
const refPerApp = refMs / sample.length;
console.log(`per application (both clocks): ${(oursPerApp * 1000).toFixed(2)} µs with computeClock vs ${(refPerApp * 1000).toFixed(0)} µs for the two deadlines by minute stepping`);
console.log(`sla: ${rate} applications/s, ${(refPerApp / oursPerApp).toFixed(1)}x faster than minute stepping`);
