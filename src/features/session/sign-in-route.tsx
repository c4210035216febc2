import { Alert, Button, Container, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { demoUsersQuery, signInMutation } from '../../api/session';
import type { SignInRequest } from '../../api/schemas/session';
import { ProviderPicker } from './provider-picker';
import { StaffPicker } from './staff-picker';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/inbox';
}

/** Demo sign-in: pick a provider, then a staff member (name, role, load), or type a login. */
export function Component() {
  const { t, i18n } = useTranslation(['session', 'common']);
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const users = useQuery(demoUsersQuery());
  const signIn = useMutation({ ...signInMutation(queryClient), meta: { silent: true } });
  const [login, setLogin] = useState('');
  const [loginError, setLoginError] = useState<string | null>(null);
  const providerId = params.get('provider') ?? users.data?.providers[0]?.id ?? null;
  const provider = users.data?.providers.find((p) => p.id === providerId) ?? null;

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:app.name')}`;
  }, [t]);

  const go = async (body: SignInRequest) => {
    setLoginError(null);
    try {
      await signIn.mutateAsync(body);
      await navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (isApiError(error) && (error.status === 404 || error.code === 'unknown_staff')) setLoginError(t('unknownLogin'));
      else setLoginError(t(`common:apiError.${isApiError(error) ? error.code : 'unknown'}`, { defaultValue: t('common:apiError.unknown') }));
    }
  };

  const submitLogin = (event: FormEvent) => {
    event.preventDefault();
    if (!login.trim()) setLoginError(t('loginRequired'));
    else void go({ login: login.trim() });
  };

  return (
    <Container size="lg" py="md">
      <Stack gap="md">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" maw={760}>
            {t('intro')}
          </Text>
        </div>
        {users.isError && (
          <Alert color="red" icon={<IconAlertOctagon aria-hidden />} title={t('loadFailed')}>
            <Button size="xs" mt="xs" onClick={() => void users.refetch()}>
              {t('common:retry')}
            </Button>
          </Alert>
        )}
        {users.isPending ? (
          // As tall as the lists it stands for (five providers, a dozen staff on a desktop screen),
          // so that the login form below does not jump when they arrive.
          <Group align="flex-start" grow>
            <Skeleton h={600} />
            <Skeleton h={600} />
          </Group>
        ) : users.data ? (
          <Group align="flex-start" wrap="nowrap" gap="md">
            <ProviderPicker
              providers={users.data.providers}
              value={providerId}
              lng={lng}
              onChange={(id) => setParams((p) => (p.set('provider', id), p), { replace: true })}
            />
            <StaffPicker
              staff={provider?.staff ?? []}
              lng={lng}
              busyId={signIn.isPending && signIn.variables && 'staffId' in signIn.variables ? signIn.variables.staffId : null}
              onPick={(staffId) => void go({ staffId })}
            />
          </Group>
        ) : null}
        <Paper withBorder p="md" maw={520}>
          <form onSubmit={submitLogin} noValidate>
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('byLogin')}
                placeholder={t('loginPlaceholder')}
                value={login}
                onChange={(e) => setLogin(e.currentTarget.value)}
                error={loginError}
                autoComplete="username"
              />
              <Button type="submit" loading={signIn.isPending}>
                {t('submit')}
              </Button>
            </Group>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
