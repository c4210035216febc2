import { Alert, Badge, Button, Group, Modal, PasswordInput, Progress, Radio, Stack, Switch, Text } from '@mantine/core';
import { IconAlertCircle, IconCertificate, IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format-date';
import { demoCertificates, DEMO_PIN, isExpired, NOT_RUNNING_PIN, readNcaLayerRunning, writeNcaLayerRunning } from './demo-key-store';
import { NcaLayerError, signWithNcaLayer, type SignPhase } from './ncalayer-sim';

export type SignDialogProps = {
  opened: boolean;
  onClose: () => void;
  /** What is being signed, e.g. "Приказ № 12". */
  documentTitle: string;
  signer: { id: string; name: string };
  organization: { id: string; name: string };
  timeZone: string;
  now: () => Date;
  /** The signed action is on its way to the server. */
  sending: boolean;
  onSigned: (signature: { certificateSerial: string; signedAt: string }) => void;
};

const PROGRESS: Record<SignPhase | 'sending', number> = { connecting: 20, checking: 45, signing: 75, sending: 95 };

/** The signing dialog, imitating NCALayer: choose a certificate, enter the PIN, sign. */
export default function SignDialog(props: SignDialogProps) {
  const { t, i18n } = useTranslation('application');
  const lng = i18n.language;
  const [openedAt] = useState(() => props.now());
  const { signer, organization } = props;
  const certs = useMemo(() => demoCertificates(signer, organization, openedAt), [signer, organization, openedAt]);
  const [serial, setSerial] = useState(() => certs.find((c) => c.purpose === 'sign' && !isExpired(c, openedAt))?.serial ?? '');
  const [pin, setPin] = useState('');
  const [running, setRunning] = useState(readNcaLayerRunning);
  const [phase, setPhase] = useState<SignPhase | null>(null);
  const [error, setError] = useState<NcaLayerError | null>(null);
  const busy = phase !== null || props.sending;

  const sign = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    try {
      const signature = await signWithNcaLayer({ cert: certs.find((c) => c.serial === serial) ?? null, pin, running, now: props.now, onPhase: setPhase });
      setPhase(null);
      props.onSigned(signature);
    } catch (err) {
      setPhase(null);
      setError(err instanceof NcaLayerError ? err : new NcaLayerError('not_running'));
    }
  };

  const progressAt = props.sending ? 'sending' : phase;
  return (
    <Modal opened={props.opened} onClose={busy ? () => {} : props.onClose} title={t('sign.title')} size="lg" closeOnClickOutside={!busy} withCloseButton={!busy}>
      <form onSubmit={(e) => void sign(e)} noValidate data-testid="sign-dialog">
        <Stack gap="sm">
          <Group justify="space-between">
            <Badge
              color={running ? 'teal' : 'red'}
              variant="light"
              tt="none"
              leftSection={running ? <IconPlugConnected size={14} /> : <IconPlugConnectedX size={14} />}
            >
              {t(running ? 'sign.running' : 'sign.notRunning')}
            </Badge>
            <Switch
              size="sm"
              label={t('sign.demoRunning')}
              checked={running}
              disabled={busy}
              onChange={(e) => {
                setRunning(e.currentTarget.checked);
                writeNcaLayerRunning(e.currentTarget.checked);
              }}
            />
          </Group>
          <Text size="sm">{t('sign.document', { document: props.documentTitle })}</Text>
          <Radio.Group label={t('sign.certificate')} value={serial} onChange={setSerial}>
            <Stack gap={6} mt={6}>
              {certs.map((c) => {
                const expired = isExpired(c, openedAt);
                return (
                  <Radio.Card key={c.serial} value={c.serial} p="xs" radius="sm" disabled={busy} data-cert={c.purpose}>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={2} />
                      <IconCertificate size={18} aria-hidden style={{ flex: 'none', marginTop: 1 }} />
                      <Stack gap={0} style={{ flex: 1 }} miw={0}>
                        <Group gap={6}>
                          <Text size="sm" fw={600}>
                            {c.owner}
                          </Text>
                          <Badge size="xs" variant="light" color={c.purpose === 'sign' ? 'flag' : 'gray'} tt="none">
                            {t(`sign.purpose.${c.purpose}`)}
                          </Badge>
                          {expired && (
                            <Badge size="xs" color="red" variant="light" tt="none">
                              {t('sign.expiredBadge')}
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {t('sign.iin', { iin: c.iin })} · {t('sign.org', { org: c.organization, bin: c.bin })}
                        </Text>
                        <Text size="xs" c={expired ? 'red.8' : 'dimmed'}>
                          {t('sign.validity', { from: formatDate(c.validFrom, lng, props.timeZone), to: formatDate(c.validTo, lng, props.timeZone) })} ·{' '}
                          {c.alias}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                );
              })}
            </Stack>
          </Radio.Group>
          <PasswordInput
            label={t('sign.pin')}
            description={t('sign.pinHelp', { pin: DEMO_PIN, offline: NOT_RUNNING_PIN })}
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            disabled={busy}
            autoComplete="off"
            data-autofocus
          />
          {error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="sign-error" title={t(`sign.error.${error.code}.title`)}>
              {t(`sign.error.${error.code}.text`, { count: error.attemptsLeft ?? 0 })}
            </Alert>
          )}
          {progressAt && (
            <Stack gap={4} aria-live="polite">
              <Progress value={PROGRESS[progressAt]} animated striped aria-label={t(`sign.phase.${progressAt}`)} />
              <Text size="xs" c="dimmed">
                {t(`sign.phase.${progressAt}`)}
              </Text>
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {t('sign.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={busy || !serial || pin.length === 0}>
              {t('sign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
