import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GetInputPropsReturnType } from '@mantine/form';
import * as v from 'valibot';
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

/**
 * The schema of a form with fields required only with one outcome: the fields of `entries`, and
 * when `outcome` is chosen, each field of `rules` must also pass its rule (its first issue is
 * shown at that field).
 */
export function withOutcomeRules<E extends v.ObjectEntries>(
  entries: E,
  outcome: string,
  rules: Partial<Record<keyof E & string, v.GenericSchema>>,
): v.GenericSchema {
  return v.pipe(
    v.object(entries as v.ObjectEntries),
    v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
      if (!dataset.typed || dataset.value.outcome !== outcome) return;
      const values = dataset.value;
      for (const [key, rule] of Object.entries<v.GenericSchema | undefined>(rules)) {
        const r = rule && v.safeParse(rule, values[key]);
        if (r && !r.success) addIssue({ message: r.issues[0].message, path: [{ type: 'object', origin: 'value', input: values, key, value: values[key] }] });
      }
    }),
  );
}
