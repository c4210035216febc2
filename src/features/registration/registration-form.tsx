import {
  Alert,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm, schemaResolver } from '@mantine/form';
import { IconClockPause, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api/client';
import type { CatalogResponse } from '../../api/schemas/catalog';
import { clearDraft, readDraft, useDraft, writeDraft } from '../../shared/use-draft';
import { emptyRegistration, registrationSchema, type RegistrationValues } from './registration-schema';

type Props = {
  catalog: CatalogResponse;
  draftKey: string;
  /** Next working moment if now is outside working hours (ISO), else null. */
  receiptMovesTo: string | null;
  formatDate: (iso: string) => string;
  submitting: boolean;
  /** Field errors the server returned (path → i18n key). */
  serverErrors?: Record<string, string>;
  /**
   * Sends the values with the idempotency key of this intent: 'registered'; 'refused' (the server
   * answered this payload for good, the next submit is a new intent); 'failed' (no answer or a
   * server fault: it may have been stored, so a retry keeps the key).
   */
  onSubmit: (values: RegistrationValues, idempotencyKey: string) => Promise<'registered' | 'refused' | 'failed'>;
};

/** Channels a service accepts: its own list, else the provider's (the server's rule). */
function channelsFor(catalog: CatalogResponse, serviceId: string): string[] {
  const service = catalog.provider.services.find((s) => s.id === serviceId);
  return service?.channels ?? catalog.provider.channels;
}

/** The office itself when allowed (paper applications), else the first allowed channel. */
function defaultChannel(allowed: string[]): string {
  return allowed.includes('provider_office') ? 'provider_office' : (allowed[0] ?? '');
}

/** The chancellery's registration form: keyboard-only friendly, draft kept across reloads. */
export function RegistrationForm(props: Props) {
  const { t, i18n } = useTranslation('registration');
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const [restored] = useState(() => readDraft<RegistrationValues>(props.draftKey));
  const form = useForm<RegistrationValues>({
    mode: 'controlled',
    initialValues: { ...emptyRegistration, ...restored },
    validate: schemaResolver(registrationSchema, { sync: true }),
    validateInputOnBlur: true,
  });
  useDraft(props.draftKey, form.values, form.isDirty());

  const services = props.catalog.provider.services;
  const service = services.find((s) => s.id === form.values.serviceId);
  // The channels the chosen service accepts (else the provider's), as the server checks them.
  const allowedChannels = useMemo(() => channelsFor(props.catalog, form.values.serviceId), [props.catalog, form.values.serviceId]);
  const channelIds = useMemo(() => props.catalog.channels.filter((c) => allowedChannels.includes(c.id)), [props.catalog, allowedChannels]);

  const errorOf = (path: keyof RegistrationValues) => {
    const key = form.errors[path] ?? props.serverErrors?.[path];
    return typeof key === 'string' ? t(key, { defaultValue: t('errors.invalid') }) : undefined;
  };

  // One idempotency key per intent, kept with the draft until the server registered it: a
  // submit that failed after the server stored it, then a reload and a new submit, is still one.
  const intentKey = `${props.draftKey}.intent`;
  const forget = () => {
    clearDraft(props.draftKey);
    clearDraft(intentKey);
    form.setValues(emptyRegistration);
    form.resetDirty(emptyRegistration);
  };

  const submit = form.onSubmit(async (values) => {
    const idempotencyKey = readDraft<string>(intentKey) ?? newIdempotencyKey();
    writeDraft(intentKey, idempotencyKey);
    const result = await props.onSubmit(values, idempotencyKey);
    if (result === 'registered') forget();
    else if (result === 'refused') clearDraft(intentKey);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('title')}>
      <Stack gap="md">
        {restored && <Alert color="flag" icon={<IconInfoCircle aria-hidden />}>{t('draftRestored')}</Alert>}
        <Alert
          color={props.receiptMovesTo ? 'orange' : 'gray'}
          variant="light"
          icon={props.receiptMovesTo ? <IconClockPause aria-hidden /> : <IconInfoCircle aria-hidden />}
          role="status"
        >
          {props.receiptMovesTo ? t('afterHours', { date: props.formatDate(props.receiptMovesTo) }) : t('inHours')}
        </Alert>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Select
              label={t('service')}
              placeholder={t('servicePlaceholder')}
              required
              searchable
              data={services.map((s) => ({ value: s.id, label: s.name[lng] }))}
              {...form.getInputProps('serviceId')}
              error={errorOf('serviceId')}
              onChange={(value) => {
                form.setFieldValue('serviceId', value ?? '');
                const only = services.find((s) => s.id === value)?.variants;
                form.setFieldValue('variantId', only && only.length === 1 ? only[0].id : '');
                const allowed = channelsFor(props.catalog, value ?? '');
                if (!allowed.includes(form.values.channel)) form.setFieldValue('channel', defaultChannel(allowed));
              }}
            />
            <Select
              label={t('variant')}
              placeholder={service ? t('variantPlaceholder') : t('variantFirst')}
              required
              disabled={!service}
              data={(service?.variants ?? []).map((v) => ({ value: v.id, label: v.name[lng] }))}
              {...form.getInputProps('variantId')}
              error={errorOf('variantId')}
              onChange={(value) => form.setFieldValue('variantId', value ?? '')}
            />
            <Select
              label={t('channel')}
              placeholder={t('channelPlaceholder')}
              required
              data={channelIds.map((c) => ({ value: c.id, label: c.name[lng] }))}
              {...form.getInputProps('channel')}
              error={errorOf('channel')}
              onChange={(value) => form.setFieldValue('channel', value ?? defaultChannel(allowedChannels))}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <div>
              <Input.Label id="applicant-type-label">{t('applicantType')}</Input.Label>
              <SegmentedControl
                fullWidth
                aria-labelledby="applicant-type-label"
                data={[
                  { value: 'person', label: t('person') },
                  { value: 'organization', label: t('organization') },
                ]}
                {...form.getInputProps('applicantType')}
              />
            </div>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={form.values.applicantType === 'person' ? t('iin') : t('bin')}
                required
                inputMode="numeric"
                maxLength={12}
                autoComplete="off"
                {...form.getInputProps('idNumber')}
                error={errorOf('idNumber')}
              />
              <TextInput
                label={form.values.applicantType === 'person' ? t('personName') : t('organizationName')}
                required
                {...form.getInputProps('name')}
                error={errorOf('name')}
              />
              <TextInput label={t('phone')} type="tel" {...form.getInputProps('phone')} error={errorOf('phone')} />
              <TextInput label={t('email')} type="email" {...form.getInputProps('email')} error={errorOf('email')} />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <TagsInput
              label={t('documents')}
              description={t('documentsHint')}
              clearable
              {...form.getInputProps('documents')}
              error={errorOf('documents')}
            />
            <Textarea label={t('comment')} autosize minRows={2} {...form.getInputProps('comment')} error={errorOf('comment')} />
          </Stack>
        </Paper>
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="gray"
            onClick={forget}
          >
            {t('clear')}
          </Button>
          <Button type="submit" loading={props.submitting} disabled={props.submitting}>
            {t('submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
