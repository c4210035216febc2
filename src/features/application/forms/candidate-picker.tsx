import { Badge, Group, Radio, Stack, Text, type RadioGroupProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { staffQuery } from '../../../api/staff';
import { useCard } from '../card-context';

export type CandidateOption = { id: string; name: string; open: number | null; atRisk: number; overdue: number };

/**
 * Colleagues of a role (and tier) who may be chosen, least loaded first, with their current load
 * when the staff list answers (the choice still works without it). `exclude` leaves someone out.
 */
export function useCandidateOptions(role: string | null, tier: string | undefined, exclude?: string | null): CandidateOption[] {
  const { detail, lng } = useCard();
  const staff = useQuery({ ...staffQuery(), enabled: role !== null });
  return useMemo(() => {
    if (!role) return [];
    const load = new Map((staff.data?.items ?? []).map((s) => [s.id, s.load]));
    return detail.candidates
      .filter((c) => c.role === role && (tier === undefined || c.tier === undefined || c.tier === tier) && c.id !== exclude)
      .map((c) => {
        const l = load.get(c.id);
        return { id: c.id, name: c.name[lng], open: l ? l.open : null, atRisk: l?.atRisk ?? 0, overdue: l?.overdue ?? 0 };
      })
      .sort((a, b) => (a.open ?? 0) - (b.open ?? 0) || a.name.localeCompare(b.name, lng));
  }, [detail.candidates, role, tier, exclude, staff.data, lng]);
}

/** One radio per candidate, each with its load (open, at risk, overdue). */
export function CandidatePicker(props: Omit<RadioGroupProps, 'children'> & { options: CandidateOption[] }) {
  const { t } = useTranslation('application');
  const { options, ...input } = props;
  return (
    <Radio.Group withAsterisk {...input}>
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
  );
}
