/** JSON answers of the mock backend and the mapping of valibot issues to the API's field codes. */
import { HttpResponse } from 'msw';
import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** valibot issues → `[{ path, code }]` with the API's field codes. */
export function fieldIssues(issues: readonly Issue[]): Array<{ path: string; code: string }> {
  const out: Array<{ path: string; code: string }> = [];
  for (const issue of issues) {
    out.push({ path: (issue.path ?? []).map((item) => String(item.key)).join('.'), code: codeOf(issue) });
    if (out.length >= 50) break;
  }
  return out;
}

export function codeOf(issue: Issue): string {
  const text = typeof issue.input === 'string';
  switch (issue.type) {
    case 'max_length':
      return text ? 'too_long' : 'too_many';
    case 'min_length':
      return text ? (issue.requirement === 1 ? 'required' : 'too_short') : 'too_few';
    case 'max_value':
      return 'too_big';
    case 'min_value':
      return 'too_small';
    case 'regex':
    case 'iso_date':
      return 'invalid_format';
    case 'picklist':
    case 'literal':
    case 'union':
      return issue.input === undefined ? 'required' : 'invalid_value';
  }
  if (issue.kind !== 'schema') return 'invalid';
  // A strict object names a field it does not know as the key of its path, expecting nothing there.
  if (issue.expected === 'never' && issue.path?.at(-1)?.origin === 'key') return 'unknown_field';
  return issue.input === undefined ? 'required' : 'invalid_type';
}

/**
 * JSON response helper. The body goes out without a Content-Length, as from a server that streams
 * its answers: MSW's `HttpResponse.json` works it out by copying the whole text into a Blob, about
 * a millisecond of the page's main thread for each page of a list.
 *
 * `text()` gives the written text back as it is: the answer is complete when the handler returns
 * (no network between). Read through the Response's stream it came a task later, which in the
 * browser meant after the next frame: a key of the search waited for the frame of its own
 * character before its list could be drawn (`npm run bench:ui`: the median from the answer to the
 * rows in the document went from 19.7 to 12.2 ms).
 */
export function json(status: number, body: unknown, headers?: Record<string, string>): Response {
  if (status === 204) return new HttpResponse(null, { status, headers });
  const text = JSON.stringify(body);
  const response = new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json', ...headers } });
  response.text = () => Promise.resolve(text);
  return response;
}

export function errorResponse(status: number, code: string, details?: unknown): Response {
  return json(status, details === undefined ? { code } : { code, details });
}

