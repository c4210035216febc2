import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { z } from 'zod/mini';
import { useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';

/** Outcomes the server allows for this step kind now (falls back to the catalog's). */
export function useAllowedOutcomes(kind: string): string[] {
  const { detail, currentStep } = useCard();
  const available = detail.availableActions.find((a) => a.type === kind);
  return available?.outcomes ?? (currentStep ? Object.keys(currentStep.outcomes) : []);
}

/** Radio choice of an outcome, named as the catalog names it in the user's language. */
export function OutcomeChoice(props: { options: string[]; inputProps: GetInputPropsReturnType; label?: string }) {
  const { t } = useTranslation('application');
  const fmt = useCardFormat();
  return (
    <Radio.Group label={props.label ?? t('fields.outcome')} withAsterisk {...props.inputProps}>
      <Group gap="lg" mt={6}>
        {props.options.map((o) => (
          <Radio key={o} value={o} label={fmt.outcome(o)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** Adds a rule's issues at `path` when `active` (fields required only for one outcome). */
export function checkWhen(active: boolean, value: unknown, rule: z.ZodMiniType, path: string, ctx: z.core.$RefinementCtx) {
  if (!active) return;
  const r = rule.safeParse(value);
  if (!r.success) ctx.addIssue({ code: 'custom', path: [path], message: r.error.issues[0]?.message ?? 'required' });
}
