import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { useCard } from '../card-context';
import { choiceRole, stepAfter } from '../card-model';
import { useCardFormat } from '../use-card-format';
import { ActionFrame } from './action-frame';
import { CandidatePicker, useCandidateOptions } from './candidate-picker';
import { commentRule, requiredChoice, withComment } from './rules';
import { useActionForm } from './use-action-form';

/**
 * Resolve (director: whom to entrust) and distribute (head or chancellery: which specialist).
 * The role to choose follows from the next step of the chain.
 */
export function AssignForm(props: { kind: 'resolve' | 'distribute' }) {
  const { t } = useTranslation('application');
  const { currentStep, steps } = useCard();
  const fmt = useCardFormat();
  const role = currentStep ? choiceRole(currentStep, steps) : null;
  const next = currentStep ? stepAfter(currentStep, steps, 'done') : null;
  const options = useCandidateOptions(role, next?.tier);
  const action = useActionForm({
    initialValues: { personId: '', comment: '' },
    schema: v.object({ personId: role ? requiredChoice : v.string(), comment: commentRule }),
    toAction: (v) => {
      if (props.kind === 'distribute') return withComment({ type: 'distribute' as const, executorId: v.personId }, v.comment);
      const chosen = role === 'department_head' ? { headId: v.personId } : role === 'specialist' ? { executorId: v.personId } : {};
      return withComment({ type: 'resolve' as const, ...chosen }, v.comment);
    },
  });
  const { form } = action;
  const label = role ? t(`fields.choose.${role}`) : '';
  return (
    <ActionFrame
      kind={props.kind}
      action={action}
      submitLabel={t('submit.assign')}
      hint={next ? t('hint.assign', { step: fmt.stepKind(next.kind), role: fmt.role(next.role) }) : undefined}
      commentLabel={props.kind === 'resolve' ? t('fields.resolution') : undefined}
    >
      {role && options.length === 0 && (
        <Text size="sm" c="red.8" role="alert">
          {t('fields.noCandidates', { role: fmt.role(role) })}
        </Text>
      )}
      {role && options.length > 0 && (
        <CandidatePicker label={label} options={options} {...form.getInputProps('personId')} />
      )}
    </ActionFrame>
  );
}
