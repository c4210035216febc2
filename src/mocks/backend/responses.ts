/** JSON answers of the mock backend and the mapping of zod issues to the API's field codes. */
import { HttpResponse } from 'msw';
import type { z } from 'zod/mini';

/** zod issues → `[{ path, code }]` with the API's field codes. */
export function fieldIssues(error: z.core.$ZodError): Array<{ path: string; code: string }> {
  const out: Array<{ path: string; code: string }> = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: path ? `${path}.${key}` : key, code: 'unknown_field' });
      continue;
    }
    out.push({ path, code: codeOf(issue) });
    if (out.length >= 50) break;
  }
  return out;
}

export function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big';
    case 'too_small':
      return issue.origin === 'string' ? (issue.minimum === 1 ? 'required' : 'too_short') : issue.origin === 'array' ? 'too_few' : 'too_small';
    case 'invalid_format':
      return 'invalid_format';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalid_value';
    default:
      return 'invalid';
  }
}

/**
 * JSON response helper. The body goes out without a Content-Length, as from a server that streams
 * its answers: MSW's `HttpResponse.json` works it out by copying the whole text into a Blob, about
 * a millisecond of the page's main thread for each page of a list.
 */
export function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  if (status === 204) return new HttpResponse(null, { status, headers });
  return new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function errorResponse(status: number, code: string, details?: unknown): Response {
  return json(status, details === undefined ? { code } : { code, details });
}

