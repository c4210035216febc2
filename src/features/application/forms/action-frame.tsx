import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, useCard } from '../card-context';
import { ActionError } from './action-error';
import { LimitedTextarea } from './limited-textarea';
import { ReturnedNote } from './returned-note';
import { LIMITS } from './rules';
import type { ActionForm } from './use-action-form';

/**
 * The frame of every step form: what the step asks for, the fields, the optional comment,
 * the error or conflict line, the primary button naming the act and any secondary act.
 */
export function ActionFrame<V extends Record<string, unknown> & { comment: string }>(props: {
  kind: string;
  action: ActionForm<V>;
  submitLabel: string;
  children?: ReactNode;
  commentLabel?: string;
  secondary?: ReactNode;
  after?: ReactNode;
  hint?: ReactNode;
  submitColor?: string;
  submitDisabled?: boolean;
}) {
  const { t } = useTranslation('application');
  const { currentStep, lng } = useCard();
  const { form, submit, sending, error, reset, retry } = props.action;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="action-title" data-testid="action-panel">
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('panel.yourStep')}
          </Text>
          <Title order={3} size="h4" id="action-title">
            {currentStep ? localized(currentStep.action, lng) : ''}
          </Title>
          {props.hint && (
            <Text size="sm" c="dimmed" mt={4}>
              {props.hint}
            </Text>
          )}
        </div>
        <ReturnedNote />
        <form onSubmit={(e: FormEvent<HTMLFormElement>) => submit(e)} noValidate data-step-form={props.kind}>
          <Stack gap="sm">
            {props.children}
            <LimitedTextarea
              label={props.commentLabel ?? t('fields.comment')}
              max={LIMITS.comment}
              minRows={1}
              {...form.getInputProps('comment')}
            />
            <ActionError error={error} onReset={reset} onRetry={retry} />
            <Group gap="sm">
              <Button type="submit" loading={sending} disabled={sending || props.submitDisabled} color={props.submitColor}>
                {props.submitLabel}
              </Button>
              {props.secondary}
            </Group>
          </Stack>
        </form>
        {props.after}
      </Stack>
    </Paper>
  );
}
