import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from '../../../api/zod';
import { staffQuery } from '../../../api/staff';
import { useCard } from '../card-context';
import { choiceRole, stepAfter } from '../card-model';
import { useCardFormat } from '../use-card-format';
import { ActionFrame } from './action-frame';
import { commentRule, requiredChoice, withComment } from './rules';
import { useActionForm } from './use-action-form';

type Option = { id: string; name: string; open: number | null; atRisk: number; overdue: number };

/** Colleagues who may hold the next step, least loaded first, with their load when known. */
function useOptions(role: 'department_head' | 'specialist' | null, tier: string | undefined): Option[] {
  const { detail, lng } = useCard();
  const staff = useQuery({ ...staffQuery(), enabled: role !== null, retry: false });
  return useMemo(() => {
    if (!role) return [];
    const load = new Map((staff.data?.items ?? []).map((s) => [s.id, s.load]));
    return detail.candidates
      .filter((c) => c.role === role && (tier === undefined || c.tier === undefined || c.tier === tier))
      .map((c) => {
        const l = load.get(c.id);
        return { id: c.id, name: c.name[lng], open: l ? l.open : null, atRisk: l?.atRisk ?? 0, overdue: l?.overdue ?? 0 };
      })
      .sort((a, b) => (a.open ?? 0) - (b.open ?? 0) || a.name.localeCompare(b.name, lng));
  }, [detail.candidates, role, tier, staff.data, lng]);
}

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
  const options = useOptions(role, next?.tier);
  const action = useActionForm({
    initialValues: { personId: '', comment: '' },
    schema: z.object({ personId: role ? requiredChoice : z.string(), comment: commentRule }),
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
        <Radio.Group label={label} withAsterisk {...form.getInputProps('personId')}>
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Radio
                key={o.id}
                value={o.id}
                label={o.name}
                description={
                  o.open === null ? undefined : (
                    <Group gap={6} component="span">
                      <Text span size="xs">
                        {t('load.open', { count: o.open })}
                      </Text>
                      {o.atRisk > 0 && (
                        <Badge component="span" size="xs" color="orange" variant="light" tt="none">
                          {t('load.atRisk', { count: o.atRisk })}
                        </Badge>
                      )}
                      {o.overdue > 0 && (
                        <Badge component="span" size="xs" color="red" variant="light" tt="none">
                          {t('load.overdue', { count: o.overdue })}
                        </Badge>
                      )}
                    </Group>
                  )
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </ActionFrame>
  );
}
