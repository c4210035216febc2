/**
 * Field rules of the action forms (zod). Messages are codes, translated when shown:
 * 'required', 'tooLong:<max>', 'tooMany:<max>', 'lineTooLong:<max>', 'invalidDate'.
 * Limits are the API's (src/api/schemas/action.ts), checked before sending.
 */
import { z } from '../../../api/zod';
import { lines } from '../card-model';

export const LIMITS = { comment: 2000, reason: 2000, line: 1000, findings: 4000, summary: 4000, number: 100, lines: 50 } as const;

const filled = (v: string) => v.trim().length > 0;

/** A required text up to `max` characters. */
export const requiredText = (max: number) =>
  z.string().check(
    z.refine(filled, 'required'),
    z.refine((v) => v.length <= max, `tooLong:${max}`),
  );

/** An optional text up to `max` characters. */
export const optionalText = (max: number) => z.string().check(z.refine((v) => v.length <= max, `tooLong:${max}`));

/** One item per line, at least one, each up to `maxLine`. */
export const requiredLines = (maxLine: number = LIMITS.line, maxItems: number = LIMITS.lines) =>
  z.string().check(
    z.refine((v) => lines(v).length > 0, 'required'),
    z.refine((v) => lines(v).length <= maxItems, `tooMany:${maxItems}`),
    z.refine((v) => lines(v).every((l) => l.length <= maxLine), `lineTooLong:${maxLine}`),
  );

/** A calendar date 'YYYY-MM-DD' (the native date input's value). */
export const requiredDate = z.string().check(
  z.refine(filled, 'required'),
  z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'invalidDate'),
);

/** A choice among options (radio, select). */
export const requiredChoice = z.string().check(z.refine(filled, 'required'));

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
