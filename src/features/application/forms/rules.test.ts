import * as v from 'valibot';
import { commentRule, requiredDate, requiredLines, requiredText, translateRule, withComment } from './rules';

const first = (schema: v.GenericSchema, value: unknown) => {
  const r = v.safeParse(schema, value);
  return r.success ? null : r.issues[0].message;
};

describe('form rules', () => {
  it('says what is wrong as codes the UI translates', () => {
    expect(first(requiredText(10), '   ')).toBe('required');
    expect(first(requiredText(10), 'x'.repeat(11))).toBe('tooLong:10');
    expect(first(commentRule, 'x'.repeat(100_000))).toBe('tooLong:2000');
    expect(first(requiredLines(5, 2), '\n \n')).toBe('required');
    expect(first(requiredLines(5, 2), 'a\nb\nc')).toBe('tooMany:2');
    expect(first(requiredLines(5, 2), 'abcdefg')).toBe('lineTooLong:5');
    expect(first(requiredDate, '2026-02-30x')).toBe('invalidDate');
    expect(first(requiredDate, '2026-03-20')).toBeNull();
  });

  it('translates codes with the limit in the user’s number format', () => {
    const t = (key: string, v?: Record<string, unknown>) => `${key}|${v?.max ?? ''}`;
    expect(translateRule(t, 'tooLong:4000', 'ru')).toBe(`rule.tooLong|${new Intl.NumberFormat('ru-RU').format(4000)}`);
    expect(translateRule(t, 'required', 'kk')).toBe('rule.required|');
  });

  it('leaves an empty comment out of the action', () => {
    expect(withComment({ type: 'take' }, '  ')).toEqual({ type: 'take' });
    expect(withComment({ type: 'take' }, ' ok ')).toEqual({ type: 'take', comment: 'ok' });
  });
});
