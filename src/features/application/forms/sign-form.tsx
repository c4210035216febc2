import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp, IconFileCertificate } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import type { Action } from '../../../domain/workflow/types';
import { localized, useCard } from '../card-context';
import { resultKind, stepAfter } from '../card-model';
import { ActionFrame } from './action-frame';
import { useReturnOpen } from './approve-form';
import { ReturnSection, useCanReturn } from './return-section';
import { commentRule, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** The signing dialog is a chunk of its own: loaded when someone signs for the first time. */
const SignDialog = lazy(() => import('../sign/sign-dialog'));

type Signature = { certificateSerial: string; signedAt: string };

/** What the director signs: the order, the result document or the motivated refusal. */
function useDocumentTitle(kind: 'sign_order' | 'sign_result'): string {
  const { t } = useTranslation('application');
  const { detail, currentStep, steps } = useCard();
  const data = detail.application.data as { orderNo?: string; resultDocumentNo?: string };
  if (kind === 'sign_order') return t('sign.what.order', { no: data.orderNo ?? '—' });
  const previous = currentStep ? stepAfter(currentStep, steps, 'returned') : null;
  if (previous?.kind === 'prepare_refusal') return t('sign.what.refusal', { regNo: detail.application.regNo });
  return t('sign.what.result', { result: t(`result.${resultKind(detail.variant.id)}`), no: data.resultDocumentNo ?? '—' });
}

/** Signing an order or a result with the digital signature, or returning it with a reason. */
export function SignForm(props: { kind: 'sign_order' | 'sign_result' }) {
  const { t } = useTranslation('application');
  const { me, lng, timeZone, clockOffsetMs } = useCard();
  const canReturn = useCanReturn(props.kind);
  const [returning, setReturning] = useReturnOpen();
  const [dialog, setDialog] = useState(false);
  const signature = useRef<Signature | null>(null);
  const title = useDocumentTitle(props.kind);
  const action = useActionForm({
    initialValues: { comment: '' },
    schema: v.object({ comment: commentRule }),
    toAction: (v): Action =>
      withComment({ type: props.kind, outcome: 'signed' as const, signature: signature.current ?? { certificateSerial: '', signedAt: '' } }, v.comment),
    // A retry after a failure resends the same signature (the same intent, the same key).
    onValid: () => setDialog(true),
  });
  const { sendRaw, sending, error, form } = action;
  const signer = useMemo(() => ({ id: me.staff.id, name: me.staff.name[lng] }), [me.staff.id, me.staff.name, lng]);
  const organization = useMemo(() => ({ id: me.provider.id, name: localized(me.provider.name, lng) }), [me.provider.id, me.provider.name, lng]);

  // Any failure of sending the signed action is shown in the card, behind the dialog, with its
  // "send again" (the same signature, the same key): close the dialog. (Left open after a lost
  // answer, it stopped spinning without a word, and signing in it again made a new signature, so
  // a new key: when the first had been stored, the director was told someone, himself, acted first.)
  useEffect(() => {
    if (error) setDialog(false);
  }, [error]);

  return (
    <ActionFrame
      kind={props.kind}
      action={action}
      submitLabel={t('submit.sign')}
      hint={t(`hint.${props.kind}`)}
      submitDisabled={returning}
      secondary={
        canReturn && !returning ? (
          <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setReturning(true)}>
            {t('submit.openReturn')}
          </Button>
        ) : null
      }
      after={
        <>
          {returning && <ReturnSection kind={props.kind} onCancel={() => setReturning(false)} />}
          {dialog && (
            <Suspense fallback={null}>
              <SignDialog
                opened={dialog}
                onClose={() => setDialog(false)}
                documentTitle={title}
                signer={signer}
                organization={organization}
                timeZone={timeZone}
                now={() => new Date(Date.now() + clockOffsetMs)}
                sending={sending}
                onSigned={(sig) => {
                  signature.current = sig;
                  sendRaw(action.toActionWith(form.getValues()));
                }}
              />
            </Suspense>
          )}
        </>
      }
    >
      <Paper withBorder p="sm" radius="sm">
        <Group gap="sm" wrap="nowrap">
          <IconFileCertificate size={22} aria-hidden style={{ flex: 'none' }} />
          <Text size="sm" fw={500} data-testid="sign-document">
            {title}
          </Text>
        </Group>
      </Paper>
    </ActionFrame>
  );
}
