import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { isApiError } from '../api/client';
import { meQuery } from '../api/session';

/** Loads `me` (cached) or sends the user to the sign-in page, remembering where they were going. */
export async function requireSession(queryClient: QueryClient, request: Request) {
  try {
    return await queryClient.ensureQueryData(meQuery());
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      const url = new URL(request.url);
      throw redirect(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
    }
    throw error;
  }
}
