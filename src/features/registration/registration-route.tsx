import { Alert, Anchor, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as v from 'valibot';
import { createApplicationMutation } from '../../api/applications';
import { catalogQuery, slaContextOf } from '../../api/catalog';
import { isApiError } from '../../api/client';
import { fieldIssuesSchema } from '../../api/schemas/common';
import type { ApplicationDetail } from '../../api/schemas/applications';
import { meQuery } from '../../api/session';
import { tryAddWorkingTime } from '../../domain/sla/index';
import { formatDateTime } from '../../shared/format-date';
import { useNow } from '../../shared/use-now';
import { RegistrationForm } from './registration-form';
import { toCreateRequest, type RegistrationValues } from './registration-schema';

export const prefetch = (queryClient: QueryClient) => queryClient.ensureQueryData(catalogQuery());

/** Server field paths → form fields (the applicant's number and name sit at the top of the form). */
function formField(path: string): string {
  if (path.endsWith('.iin') || path.endsWith('.bin')) return 'idNumber';
  if (path.startsWith('applicant.')) return path.slice('applicant.'.length);
  return path;
}

/** Registration of a paper or office application by the chancellery. */
export function Component() {
  const { t, i18n } = useTranslation(['registration', 'common']);
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());
  const catalog = useQuery(catalogQuery());
  const create = useMutation({ ...createApplicationMutation(queryClient), meta: { silent: true } });
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const now = useNow();
  const timeZone = catalog.data?.provider.timeZone ?? 'Asia/Almaty';

  useEffect(() => {
    document.title = `${t('title')} · ${t('common:app.name')}`;
  }, [t]);

  const receiptMovesTo = useMemo(() => {
    if (!catalog.data) return null;
    const next = tryAddWorkingTime(now, { value: 0, unit: 'minutes' }, slaContextOf(catalog.data));
    return next.ok && next.value.getTime() - now.getTime() > 60_000 ? next.value.toISOString() : null;
  }, [catalog.data, now]);

  if (me.data && me.data.staff.role !== 'chancellery') {
    return (
      <Container size="md" py="md">
        <Alert color="orange">{t('notAllowed')}</Alert>
      </Container>
    );
  }

  const submit = async (values: RegistrationValues, idempotencyKey: string) => {
    setFailure(null);
    setServerErrors({});
    try {
      const detail = await create.mutateAsync({ ...toCreateRequest(values), idempotencyKey } as Parameters<typeof create.mutateAsync>[0]);
      setDone(detail);
      return 'registered' as const;
    } catch (error) {
      // The typed values stay in the form (and in its draft); the same key makes a retry safe.
      if (isApiError(error, 'invalid_payload')) {
        const fields = v.safeParse(fieldIssuesSchema, (error.details as { fields?: unknown } | undefined)?.fields);
        if (fields.success) setServerErrors(Object.fromEntries(fields.output.map((f) => [formField(f.path), `errors.${f.code}`])));
      }
      setFailure(t(`common:apiError.${isApiError(error) ? error.code : 'unknown'}`, { defaultValue: t('common:apiError.unknown') }));
      // A refusal is final for this payload (the server keeps it under the key); a corrected form
      // is a new intent. A mismatch means an earlier attempt with other values was stored: keep it.
      const refused = isApiError(error) && error.status >= 400 && error.status < 500 && error.code !== 'idempotency_mismatch';
      return refused ? ('refused' as const) : ('failed' as const);
    }
  };

  return (
    <Container size="md" py="md">
      <Stack gap="md">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('intro')}</Text>
        </div>
        {done && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('registered', { regNo: done.application.regNo })} role="status">
            <Stack gap={4}>
              <Text size="sm">{t('registeredText', { date: formatDateTime(done.application.receivedAt, lng, timeZone) })}</Text>
              <Group gap="md">
                <Anchor component={Link} to={`/applications/${done.application.id}`}>
                  {t('open')}
                </Anchor>
              </Group>
            </Stack>
          </Alert>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {catalog.data && me.data ? (
          <RegistrationForm
            catalog={catalog.data}
            draftKey={`register.${me.data.staff.id}`}
            receiptMovesTo={receiptMovesTo}
            formatDate={(iso) => formatDateTime(iso, lng, timeZone)}
            submitting={create.isPending}
            serverErrors={serverErrors}
            onSubmit={submit}
          />
        ) : (
          <Skeleton h={480} />
        )}
      </Stack>
    </Container>
  );
}
