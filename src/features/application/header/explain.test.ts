import { addWorkingTime } from '../../../domain/sla/working-time';
import { computeClock } from '../../../domain/sla/clock';
import { createTestI18n } from '../../../test/i18n';
import { explainTrace, type ExplainFormat } from './explain';

const fmt: ExplainFormat = {
  dateTime: (iso) => iso.slice(0, 16),
  day: (d) => d,
  norm: (n) => `${n.value ?? `${n.min}-${n.max}`} ${n.unit}`,
  ground: (g) => g,
};

const ctx = {
  schedule: {
    timeZone: 'Asia/Almaty',
    week: [0, 1, 2, 3, 4].map(() => ({ start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] })).concat([null, null] as never[]),
  },
  calendar: { daysOff: ['2026-03-23'], workingDays: [] },
};

describe('why this deadline', () => {
  it('explains a start after hours, a weekend and Nauryz, the norm and the deadline', () => {
    // Friday 20 March 2026, 19:40 in Almaty (UTC+5): 2 working days.
    const start = new Date('2026-03-20T14:40:00Z');
    const clock = computeClock({ start, norm: { value: 2, unit: 'working_days' }, source: 'п.9 пп.2' }, ctx, start);
    const lines = explainTrace(clock.trace as unknown[], fmt, 'ru');
    const keys = lines.map((l) => l.key);
    expect(keys[0]).toBe('explain.regulation');
    expect(lines[0].values.source).toBe('п.9 пп.2');
    expect(keys).toContain('explain.rule.start_day_not_counted');
    expect(lines.filter((l) => l.key.startsWith('explain.skipped')).map((l) => l.values.date)).toEqual(['2026-03-21', '2026-03-22', '2026-03-23']);
    expect(keys.at(-1)).toBe('explain.deadline');
    // Day of receipt (Fri 20th) not counted; Sat, Sun and Nauryz skipped: Tue 24th, Wed 25th 18:00.
    expect(clock.deadline).toBe('2026-03-25T13:00:00.000Z');
    expect(addWorkingTime(start, { value: 2, unit: 'working_days' }, ctx).toISOString()).toBe(clock.deadline);
    expect(lines.at(-1)!.values.at).toBe('2026-03-25T13:00');
  });

  it('cites the regulation in Kazakh in Kazakh, and says a research note in words', () => {
    const start = new Date('2026-03-20T14:40:00Z');
    const clock = computeClock({ start, norm: { value: 2, unit: 'working_days' }, source: 'п.9 пп.2' }, ctx, start);
    expect(explainTrace(clock.trace as unknown[], fmt, 'kk')[0]).toEqual({ key: 'explain.regulation', values: { source: '9-т. 2) тт.' } });
    const note = [{ code: 'regulation', source: 'В регламенте срок не указан. По умолчанию 15 р.д. — research/standards_terms.md §6' }];
    expect(explainTrace(note, fmt, 'kk')).toEqual([{ key: 'explain.regulationDefault', values: {} }]);
    expect(explainTrace(note, fmt, 'ru')[0].values.source).toBe('В регламенте срок не указан. По умолчанию 15 р.д.');
  });

  it('explains minutes started in the evening as moved to the next morning', () => {
    const start = new Date('2026-03-18T14:40:00Z'); // Wednesday 19:40
    const clock = computeClock({ start, norm: { value: 15, unit: 'minutes' } }, ctx, start);
    const moved = explainTrace(clock.trace as unknown[], fmt, 'ru').find((l) => l.key.startsWith('explain.startMoved'));
    expect(moved).toEqual({ key: 'explain.startMoved.after_hours', values: { from: '2026-03-18T14:40', to: '2026-03-19T04:00' } });
  });

  it('skips unknown codes and has a sentence for every known one in both languages', () => {
    const trace = [
      { code: 'regulation', source: 'п.5' },
      { code: 'start', at: '2026-03-02T04:00:00Z' },
      { code: 'start_moved', from: 'a', to: 'b', reason: 'day_off' },
      { code: 'unit_rule', unit: 'working_days', min: 3, max: 10, rule: 'start_day_not_counted' },
      { code: 'day_skipped', date: '2026-03-08', reason: 'holiday', name: { ru: 'Международный женский день', kk: 'Халықаралық әйелдер күні' } },
      { code: 'days_skipped', from: '2026-03-21', to: '2026-03-25', count: 5, reason: 'holiday', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'more_days_skipped', count: 3 },
      { code: 'worked_weekend', date: '2026-01-03' },
      { code: 'pause', from: 'a', to: null, ground: 'external_conclusion' },
      { code: 'pause', from: 'a', to: 'b', ground: 'external_conclusion' },
      { code: 'expected', at: 'x' },
      { code: 'deadline', at: 'x' },
      { code: 'finished', at: 'x' },
      { code: 'from_the_future' },
    ];
    const lines = explainTrace(trace, fmt, 'kk');
    expect(lines).toHaveLength(13);
    expect(lines[4].values.name).toBe('Халықаралық әйелдер күні');
    for (const lng of ['ru', 'kk'] as const) {
      const i18n = createTestI18n(lng);
      for (const l of lines) {
        const text = i18n.t(l.key, { ns: 'application', ...l.values });
        expect(text, `${lng} ${l.key}`).not.toContain('explain.');
        expect(text).not.toContain('{{');
      }
    }
  });
});
