import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { localized, useCard } from '../card-context';
import type { CardStep } from '../card-model';
import { useCardFormat } from '../use-card-format';
import { ActionError } from './action-error';
import { CandidatePicker, useCandidateOptions } from './candidate-picker';
import { clearDraft, draftKey, readDraft } from './drafts';
import { LimitedTextarea } from './limited-textarea';
import { commentRule, LIMITS, requiredChoice, withComment } from './rules';
import { ActionDoneContext } from './send-action';
import { SubmitCancel } from './submit-cancel';
import { useActionForm } from './use-action-form';

const PART = 'assign';

/** The reassignment form: another person who can hold the current step, and an optional reason. */
function ReassignForm(props: { step: CardStep; onCancel: () => void }) {
  const { t } = useTranslation('application');
  const { detail, lng } = useCard();
  const fmt = useCardFormat();
  const { step } = props;
  const holder = detail.application.assigneeId;
  const options = useCandidateOptions(step.role, step.tier, holder);
  const action = useActionForm({
    part: PART,
    initialValues: { assigneeId: '', reason: '' },
    schema: v.object({ assigneeId: requiredChoice, reason: commentRule }),
    // The reason travels as the action's comment: it is kept in the audit trail.
    toAction: (v) => withComment({ type: 'assign' as const, assigneeId: v.assigneeId }, v.reason),
  });
  const { form, submit, sending, error, reset, retry } = action;
  const hint = holder
    ? t('reassign.hintHeld', { name: fmt.person(holder), role: fmt.role(step.role) })
    : t('reassign.hintQueue', { step: localized(step.action, lng), role: fmt.role(step.role) });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="reassign-title" data-testid="reassign">
      <form onSubmit={(e: FormEvent<HTMLFormElement>) => submit(e)} noValidate data-step-form={PART}>
        <Stack gap="sm">
          <div>
            <Title order={3} size="h5" id="reassign-title">
              {t('reassign.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {hint}
            </Text>
          </div>
          {options.length === 0 ? (
            <Text size="sm" c="red.8" role="alert">
              {t('reassign.noCandidates', { role: fmt.role(step.role) })}
            </Text>
          ) : (
            <CandidatePicker label={t('reassign.person')} options={options} {...form.getInputProps('assigneeId')} />
          )}
          <LimitedTextarea label={t('reassign.reason')} max={LIMITS.comment} minRows={1} {...form.getInputProps('reason')} />
          <ActionError error={error} onReset={reset} onRetry={retry} />
          <SubmitCancel
            label={t('reassign.submit')}
            icon={<IconUserShare size={16} />}
            sending={sending}
            disabled={options.length === 0}
            onCancel={props.onCancel}
          />
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * Reassignment by a department head or the director, offered only when the server lists the
 * `assign` action: a quiet button that opens the form (open at once when a draft is kept).
 */
export function ReassignControl() {
  const { t } = useTranslation('application');
  const { detail, currentStep, me } = useCard();
  const key = draftKey(detail.application.id, currentStep?.id ?? 'none', me.staff.id, PART);
  const [open, setOpen] = useState(() => {
    const draft = readDraft<{ assigneeId: string; reason: string }>(key);
    return Boolean(draft && (draft.assigneeId || draft.reason));
  });
  const close = useCallback(() => setOpen(false), []);
  const cancel = useCallback(() => {
    clearDraft(key);
    setOpen(false);
  }, [key]);
  const allowed = detail.availableActions.some((a) => a.type === 'assign');
  if (!allowed || !currentStep) return null;
  if (!open) {
    return (
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" leftSection={<IconUserShare size={14} />} onClick={() => setOpen(true)}>
          {t('reassign.open')}
        </Button>
      </Group>
    );
  }
  // Once the server accepted, close the form (the card shows the new performer).
  return (
    <ActionDoneContext.Provider value={close}>
      <ReassignForm step={currentStep} onCancel={cancel} />
    </ActionDoneContext.Provider>
  );
}
