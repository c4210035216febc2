import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Stable code of anything the API client throws ('unknown' otherwise). */
export function errorCodeOf(error: unknown): string {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
}

/** Translates an API error code: the inbox's own wording first, then the app-wide one. */
export function useErrorText() {
  const { t, i18n } = useTranslation('inbox');
  return useCallback(
    (errorOrCode: unknown) => {
      const code = typeof errorOrCode === 'string' ? errorOrCode : errorCodeOf(errorOrCode);
      if (i18n.exists(`inbox:errors.${code}`)) return t(`errors.${code}`);
      if (i18n.exists(`common:apiError.${code}`)) return t(`common:apiError.${code}`);
      return t('common:apiError.unknown');
    },
    [t, i18n],
  );
}
