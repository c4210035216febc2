/**
 * Session: who is signed in (docs/api.md §Session).
 *
 * - `sessionKeys.all` = ['session']; `.me()` = ['session','me']; `.demoUsers()` = ['session','demo-users']
 * - `meQuery()` → Me (401 `unauthorized` when signed out)
 * - `demoUsersQuery()` → DemoUsers (the sign-in screen's list, with load)
 * - `signIn({ staffId } | { login })` → SignInResponse; stores the token for apiFetch
 * - `signOut()` → void; forgets the token
 * - `signInMutation(queryClient)`, `signOutMutation(queryClient)`: mutationOptions; sign-in clears
 *   the cache, puts `me` into it and then stores the token; sign-out clears every cached query
 *   (another person's data must not stay).
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiFetch, setSessionToken } from './client.ts';
import { demoUsersSchema, meSchema, signInResponseSchema, type SignInRequest } from './schemas/session.ts';

export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  demoUsers: () => [...sessionKeys.all, 'demo-users'] as const,
};

export const meQuery = () =>
  queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => apiFetch('/api/session/me', { schema: meSchema, signal }),
    staleTime: 60_000,
  });

export const demoUsersQuery = () =>
  queryOptions({
    queryKey: sessionKeys.demoUsers(),
    queryFn: ({ signal }) => apiFetch('/api/session/demo-users', { schema: demoUsersSchema, signal }),
    staleTime: 30_000,
  });

/** Opens a session without storing its token (see `signInMutation`). */
const openSession = (body: SignInRequest) => apiFetch('/api/session', { method: 'POST', body, schema: signInResponseSchema });

export async function signIn(body: SignInRequest) {
  const res = await openSession(body);
  setSessionToken(res.token);
  return res;
}

/** Ends the session on the server, keeping the token here (see `signOutMutation`). */
const closeSession = async (): Promise<void> => {
  await apiFetch('/api/session', { method: 'DELETE', schema: v.unknown() });
};

export async function signOut(): Promise<void> {
  try {
    await closeSession();
  } finally {
    setSessionToken(null);
  }
}

export const signInMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: openSession,
    onSuccess: (res) => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me(), res.me);
      // The token last: what watches it (the header's user) renders at once, and must find the
      // new person in the cache rather than a query the clearing is about to drop.
      setSessionToken(res.token);
    },
  });

export const signOutMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: closeSession,
    onSettled: () => {
      queryClient.clear();
      // As at sign-in, the token last: the header must not find the signed-out person's data.
      setSessionToken(null);
    },
  });
