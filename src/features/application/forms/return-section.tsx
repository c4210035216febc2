import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { localized, useCard } from '../card-context';
import { stepAfter } from '../card-model';
import { useCardFormat } from '../use-card-format';
import { ActionError } from './action-error';
import { LimitedTextarea } from './limited-textarea';
import { LIMITS, requiredText } from './rules';
import { SubmitCancel } from './submit-cancel';
import { useActionForm } from './use-action-form';

type ReturnKind = 'approve' | 'sign_order' | 'sign_result';

/** The step and person a return sends the work back to. */
function useReturnTarget() {
  const { currentStep, steps, detail } = useCard();
  const fmt = useCardFormat();
  const target = currentStep ? stepAfter(currentStep, steps, 'returned') : null;
  const last = target ? [...detail.application.history].reverse().find((h) => h.stepId === target.id) : undefined;
  return { target, person: last ? fmt.person(last.onBehalfOf ?? last.actorId) : null };
}

/** "Вернуть": the work goes back to the previous performer with a required reason. */
export function ReturnSection(props: { kind: ReturnKind; onCancel: () => void }) {
  const { t } = useTranslation('application');
  const { lng } = useCard();
  const { target, person } = useReturnTarget();
  const action = useActionForm({
    part: 'return',
    initialValues: { reason: '', comment: '' },
    schema: v.object({ reason: requiredText(LIMITS.reason), comment: v.string() }),
    toAction: (v) => ({ type: props.kind, outcome: 'returned' as const, reason: v.reason.trim() }),
  });
  const { form, submit, sending, error, reset, retry } = action;
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-orange-light)" data-testid="return-section">
      <form onSubmit={(e) => submit(e)} noValidate data-step-form={`${props.kind}:return`}>
        <Stack gap="xs">
          {target && (
            <Text size="sm">
              {t(person ? 'return.toPerson' : 'return.toStep', { step: localized(target.action, lng), name: person })}
            </Text>
          )}
          <LimitedTextarea label={t('fields.returnReason')} withAsterisk max={LIMITS.reason} {...form.getInputProps('reason')} data-autofocus />
          <ActionError error={error} onReset={reset} onRetry={retry} />
          <SubmitCancel label={t('submit.return')} color="orange" sending={sending} onCancel={props.onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}

/** Whether the step may be returned now (the server lists 'returned' among the outcomes). */
export function useCanReturn(kind: ReturnKind): boolean {
  const { detail } = useCard();
  return detail.availableActions.some((a) => a.type === kind && (a.outcomes ?? []).includes('returned'));
}
