/**
 * Field rules of the action forms (valibot). Messages are codes, translated when shown:
 * 'required', 'tooLong:<max>', 'tooMany:<max>', 'lineTooLong:<max>', 'invalidDate'.
 * Limits are the API's (src/api/schemas/action.ts), checked before sending.
 */
import * as v from 'valibot';
import { lines } from '../card-model';

export const LIMITS = { comment: 2000, reason: 2000, line: 1000, findings: 4000, summary: 4000, number: 100, lines: 50 } as const;

const filled = (text: string) => text.trim().length > 0;

/** A required text up to `max` characters. */
export const requiredText = (max: number) =>
  v.pipe(
    v.string(),
    v.check(filled, 'required'),
    v.check((text) => text.length <= max, `tooLong:${max}`),
  );

/** An optional text up to `max` characters. */
export const optionalText = (max: number) => v.pipe(v.string(), v.check((text) => text.length <= max, `tooLong:${max}`));

/** One item per line, at least one, each up to `maxLine`. */
export const requiredLines = (maxLine: number = LIMITS.line, maxItems: number = LIMITS.lines) =>
  v.pipe(
    v.string(),
    v.check((text) => lines(text).length > 0, 'required'),
    v.check((text) => lines(text).length <= maxItems, `tooMany:${maxItems}`),
    v.check((text) => lines(text).every((l) => l.length <= maxLine), `lineTooLong:${maxLine}`),
  );

/** A calendar date 'YYYY-MM-DD' (the native date input's value). */
export const requiredDate = v.pipe(
  v.string(),
  v.check(filled, 'required'),
  v.check((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'invalidDate'),
);

/** A choice among options (radio, select). */
export const requiredChoice = v.pipe(v.string(), v.check(filled, 'required'));

/** The optional comment every action accepts. */
export const commentRule = optionalText(LIMITS.comment);

/** The comment of an action, left out when empty. */
export function withComment<A extends object>(action: A, comment: string): A & { comment?: string } {
  return comment.trim() ? { ...action, comment: comment.trim() } : action;
}

/** Translates a rule code ('tooLong:2000') with `t` of the application namespace. */
export function translateRule(t: (key: string, values?: Record<string, unknown>) => string, code: unknown, _lng: string): string {
  if (typeof code !== 'string') return String(code ?? '');
  const [name, param] = code.split(':');
  // Russian digit grouping for Kazakh too: Chromium has no Kazakh number data (it would print "2,000").
  const max = param && /^\d+$/.test(param) ? new Intl.NumberFormat('ru-RU').format(Number(param)) : param;
  return t(`rule.${name}`, { max, code: param, defaultValue: t('rule.invalid') });
}
