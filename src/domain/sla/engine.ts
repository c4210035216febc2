/**
 * The working-time engine of one (schedule, calendar) pair. Working intervals of each local day
 * are converted to UTC milliseconds once (with the IANA zone) and kept in dense arrays with
 * prefix sums, so the hot path is arithmetic: whole days are jumped, spans are O(1).
 */
import type { DayTemplate } from './schedule.ts';
import { SlaError } from './types.ts';
import { DAY_MS, localToUtc, weekdayIndex, zoneOffset } from './zone.ts';

/** How far (in days) a search for working time may go before the schedule is declared empty. */
const MAX_SCAN_DAYS = 3660;

export class Engine {
  tz: string;
  templates: DayTemplate[];
  /** Hours of a worked weekend day: Monday's, or the first working weekday's if Monday is off. */
  extraTemplate: DayTemplate;
  offDays: Set<number>;
  extraDays: Set<number>;
  base = 0;
  len = 0;
  /** Offset (local − UTC) at the first covered day: a first guess for `locate`. */
  guessOff = 0;
  dayStart = new Float64Array(0);
  working = new Uint8Array(0);
  ivOff = new Int32Array(0);
  ivData = new Float64Array(0);
  cumMs = new Float64Array(0);
  cumWd = new Int32Array(0);

  constructor(tz: string, templates: DayTemplate[], offDays: Set<number>, extraDays: Set<number>) {
    this.tz = tz;
    this.templates = templates;
    this.extraTemplate = templates[0].length > 0 ? templates[0] : (templates.find((t) => t.length > 0) ?? []);
    this.offDays = offDays;
    this.extraDays = extraDays;
  }

  /** Working intervals (minutes) of a day number; empty when the day is not worked. */
  templateOf(day: number): DayTemplate {
    if (this.offDays.has(day)) return [];
    const own = this.templates[weekdayIndex(day)];
    if (this.extraDays.has(day)) return own.length > 0 ? own : this.extraTemplate;
    return own;
  }

  isWorking(day: number): boolean {
    return this.templateOf(day).length > 0;
  }

  /** Makes the dense arrays cover day numbers lo..hi (inclusive). */
  ensure(lo: number, hi: number): void {
    const end = this.base + this.len;
    if (this.len > 0 && lo >= this.base && hi < end) return;
    const newLo = this.len === 0 ? lo - 400 : Math.min(lo - 366, this.base);
    const newHi = this.len === 0 ? hi + 800 : Math.max(hi + 366, end - 1);
    this.build(newLo, newHi);
  }

  private build(lo: number, hi: number): void {
    const len = hi - lo + 1;
    const dayStart = new Float64Array(len + 1);
    const working = new Uint8Array(len);
    const ivOff = new Int32Array(len + 1);
    const cumMs = new Float64Array(len + 1);
    const cumWd = new Int32Array(len + 1);
    const data: number[] = [];
    const tz = this.tz;
    let nextStart = localToUtc(tz, lo * DAY_MS);
    for (let i = 0; i < len; i++) {
      const day = lo + i;
      const start = nextStart;
      nextStart = localToUtc(tz, (day + 1) * DAY_MS);
      dayStart[i] = start;
      ivOff[i] = data.length;
      const tpl = this.templateOf(day);
      let total = 0;
      if (tpl.length > 0) {
        working[i] = 1;
        const off = day * DAY_MS - start;
        // A day without an offset change converts with one subtraction.
        const uniform = (day + 1) * DAY_MS - nextStart === off;
        for (let k = 0; k < tpl.length; k += 2) {
          const ls = day * DAY_MS + tpl[k] * 60_000;
          const le = day * DAY_MS + tpl[k + 1] * 60_000;
          const s = uniform ? ls - off : localToUtc(tz, ls);
          const e = uniform ? le - off : localToUtc(tz, le);
          if (e > s) {
            data.push(s, e);
            total += e - s;
          }
        }
      }
      cumMs[i + 1] = cumMs[i] + total;
      cumWd[i + 1] = cumWd[i] + working[i];
    }
    dayStart[len] = nextStart;
    ivOff[len] = data.length;
    this.base = lo;
    this.len = len;
    this.guessOff = lo * DAY_MS - dayStart[0];
    this.dayStart = dayStart;
    this.working = working;
    this.ivOff = ivOff;
    this.ivData = Float64Array.from(data);
    this.cumMs = cumMs;
    this.cumWd = cumWd;
  }

  /** Local day number (in the provider's zone) of a UTC instant. */
  locate(utc: number): number {
    // Inside the covered range the local midnights are known: no zone look-up on the hot path.
    let i = Math.floor((utc + this.guessOff) / DAY_MS) - this.base;
    if (i >= 1 && i < this.len - 1) {
      const starts = this.dayStart;
      while (i > 0 && utc < starts[i]) i--;
      while (i < this.len - 1 && utc >= starts[i + 1]) i++;
      if (utc >= starts[i] && utc < starts[i + 1]) return this.base + i;
    }
    return Math.floor((utc + zoneOffset(this.tz, utc)) / DAY_MS);
  }

  /** Working ms of day `day` inside [a, b). */
  private overlap(day: number, a: number, b: number): number {
    const i = day - this.base;
    let sum = 0;
    for (let k = this.ivOff[i], n = this.ivOff[i + 1]; k < n; k += 2) {
      const s = Math.max(this.ivData[k], a);
      const e = Math.min(this.ivData[k + 1], b);
      if (e > s) sum += e - s;
    }
    return sum;
  }

  /** Working ms between two instants, a ≤ b. */
  workingMs(a: number, b: number): number {
    if (b < a) return 0 - this.workingMs(b, a); // never -0
    const da = this.locate(a);
    const db = this.locate(b);
    this.ensure(da, db);
    if (da === db) return this.overlap(da, a, b);
    return (
      this.overlap(da, a, Infinity) +
      (this.cumMs[db - this.base] - this.cumMs[da + 1 - this.base]) +
      this.overlap(db, -Infinity, b)
    );
  }

  /**
   * The instant after `ms` working milliseconds counted from `t` (rule 1, rule 12: an end that
   * falls exactly on the end of a working period stays there; `ms = 0` gives the next working moment).
   */
  addMs(t: number, ms: number): number {
    let day = this.locate(t);
    let rem = ms;
    let from = t;
    for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++, day++) {
      this.ensure(day, day);
      const i = day - this.base;
      const total = this.cumMs[i + 1] - this.cumMs[i];
      if (total === 0 || (from === -Infinity && total < rem)) {
        if (from === -Infinity) rem -= total;
        from = -Infinity;
        continue;
      }
      for (let k = this.ivOff[i], n = this.ivOff[i + 1]; k < n; k += 2) {
        const e = this.ivData[k + 1];
        if (e <= from) continue;
        const cur = Math.max(from, this.ivData[k]);
        if (rem <= e - cur) return cur + rem;
        rem -= e - cur;
      }
      from = -Infinity;
    }
    throw new SlaError('invalid_schedule', 'no working time found');
  }

  /** First working day ≥ day. */
  firstWorkingFrom(day: number): number {
    for (let d = day, n = 0; n < MAX_SCAN_DAYS; d++, n++) {
      this.ensure(d, d);
      if (this.working[d - this.base]) return d;
    }
    throw new SlaError('invalid_schedule', 'no working day found');
  }

  /** The n-th working day after `day` (n ≥ 1; `day` itself is not counted). */
  nthWorkingAfter(day: number, n: number): number {
    this.ensure(day, day + n);
    let d = day;
    for (let count = 0; count < n; ) {
      d = this.firstWorkingFrom(d + 1);
      count++;
      // Jump over a run of days already known to be covered by the prefix counts.
      const i = d - this.base;
      const need = n - count;
      if (need > 0 && i + need < this.len && this.cumWd[i + 1 + need] - this.cumWd[i + 1] === need) {
        d += need;
        count = n;
      }
    }
    return d;
  }

  /** End of the last working period of a working day, UTC ms. */
  dayEnd(day: number): number {
    this.ensure(day, day);
    const i = day - this.base;
    return this.ivData[this.ivOff[i + 1] - 1];
  }

  /** Start of the first working period of a working day, UTC ms. */
  dayFirstStart(day: number): number {
    this.ensure(day, day);
    return this.ivData[this.ivOff[day - this.base]];
  }

  /** Working intervals of a day as UTC ms pairs. */
  intervals(day: number): number[] {
    this.ensure(day, day);
    const i = day - this.base;
    return Array.from(this.ivData.subarray(this.ivOff[i], this.ivOff[i + 1]));
  }
}
