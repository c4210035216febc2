/** Stable error code of anything thrown by the API client (or 'unknown'). */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'unknown';
}

/** i18n key (namespace common) for an error code, falling back to status-based keys. */
export function errorMessageKey(error: unknown, exists: (key: string) => boolean): string {
  const code = errorCode(error);
  if (exists(`common:apiError.${code}`)) return `common:apiError.${code}`;
  const status =
    error && typeof error === 'object' && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 0;
  if (status === 401) return 'common:apiError.unauthorized';
  if (status === 403) return 'common:apiError.forbidden';
  if (status === 404) return 'common:apiError.not_found';
  if (status === 503) return 'common:apiError.unavailable';
  if (status >= 500) return 'common:apiError.internal';
  return 'common:apiError.unknown';
}
