import { Button } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { useCard } from '../card-context';
import { ActionFrame } from './action-frame';
import { draftKey, readDraft } from './drafts';
import { ReturnSection, useCanReturn } from './return-section';
import { commentRule, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** Opens the return part when a return reason was being typed before a reload. */
export function useReturnOpen(): [boolean, (open: boolean) => void] {
  const { detail, currentStep, me } = useCard();
  return useState(() => {
    const draft = readDraft<{ reason: string }>(draftKey(detail.application.id, currentStep?.id ?? 'none', me.staff.id, 'return'));
    return typeof draft?.reason === 'string' && draft.reason.trim() !== '';
  });
}

/** Approval by the department head: approve, or return to the executor with a reason. */
export function ApproveForm() {
  const { t } = useTranslation('application');
  const canReturn = useCanReturn('approve');
  const [returning, setReturning] = useReturnOpen();
  const action = useActionForm({
    initialValues: { comment: '' },
    schema: v.object({ comment: commentRule }),
    toAction: (v) => withComment({ type: 'approve' as const, outcome: 'approved' as const }, v.comment),
  });
  return (
    <ActionFrame
      kind="approve"
      action={action}
      submitLabel={t('submit.approve')}
      hint={t('hint.approve')}
      submitDisabled={returning}
      secondary={
        canReturn && !returning ? (
          <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setReturning(true)}>
            {t('submit.openReturn')}
          </Button>
        ) : null
      }
      after={returning ? <ReturnSection kind="approve" onCancel={() => setReturning(false)} /> : null}
    />
  );
}
