import { Alert, Divider, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconQuestionMark } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Norm } from '../../../domain/sla/types';
import { useDurationText } from '../../../shared/use-duration-text';
import { useCard } from '../card-context';
import { citationText } from '../citation';
import { plannedNorms, type RailItem } from '../card-model';
import { useLiveClocks } from '../header/live-clocks';
import { useCardFormat } from '../use-card-format';
import { plannedFinish } from './rail-timing';

type Term = { value: number; unit: string; confirmed?: boolean; source?: string };

function asTerm(v: unknown): Term | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return typeof o.value === 'number' && typeof o.unit === 'string'
    ? { value: o.value, unit: o.unit, confirmed: o.confirmed !== false, source: typeof o.source === 'string' ? o.source : undefined }
    : null;
}

/** Bottom of the rail: the legal term, the regulation's own plan, the planned finish, and marks. */
export function PlanSummary(props: { items: RailItem[] }) {
  const { t } = useTranslation('application');
  const { detail, sla, minutesPerDay, lng } = useCard();
  const fmt = useCardFormat();
  const duration = useDurationText(minutesPerDay);
  const clocks = useLiveClocks();
  const term = asTerm(detail.variant.term);
  // In Kazakh a research note has no text of its own: the "term not confirmed" mark says it.
  const source = term?.source ? citationText(term.source, lng) : null;
  const plan = detail.plan;
  const app = detail.application;
  const finished = app.status === 'issued' || app.status === 'refused';
  const finish = useMemo(
    () => (finished ? null : plannedFinish(clocks.step?.deadline ?? null, clocks.now, plannedNorms(props.items) as Norm[], sla)),
    [finished, clocks.step?.deadline, clocks.now, props.items, sla],
  );
  const serviceDeadline = clocks.service?.deadline ? new Date(clocks.service?.deadline) : null;
  const late = finish && serviceDeadline ? finish.getTime() > serviceDeadline.getTime() : false;
  const planText =
    plan.planWorkingMinutes.min === plan.planWorkingMinutes.max
      ? duration(plan.planWorkingMinutes.max)
      : t('plan.range', { min: duration(plan.planWorkingMinutes.min), max: duration(plan.planWorkingMinutes.max) });

  return (
    <Stack gap={6} data-testid="plan-summary">
      <Divider />
      <Text size="sm">
        {term ? t('plan.term', { term: fmt.norm(term) }) : t('plan.noTerm')}
        {source ? (
          <Text span size="xs" c="dimmed">
            {' '}
            {t('plan.source', { source })}
          </Text>
        ) : null}
      </Text>
      <Text size="sm">{t('plan.chain', { plan: planText })}</Text>
      {finish && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCalendarDue size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
          <Text size="sm" c={late ? 'red.8' : undefined} data-testid="planned-finish">
            {t(late ? 'plan.finishLate' : 'plan.finish', {
              date: fmt.dateTime(finish.toISOString()),
              deadline: fmt.dateTime(clocks.service?.deadline),
            })}
          </Text>
        </Group>
      )}
      {plan.planExceedsTerm && (
        <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="plan-exceeds" title={t('plan.exceedsTitle')}>
          <Text size="xs">{t('plan.exceeds', { plan: planText, term: term ? fmt.norm(term) : '—' })}</Text>
        </Alert>
      )}
      {plan.termUnconfirmed && (
        <Alert color="orange" variant="light" p="xs" icon={<IconQuestionMark size={16} />} data-testid="term-unconfirmed" title={t('plan.unconfirmedTitle')}>
          <Text size="xs">{t('plan.unconfirmed')}</Text>
        </Alert>
      )}
      {plan.termMissing && (
        <Alert color="orange" variant="light" p="xs" icon={<IconQuestionMark size={16} />} title={t('plan.missingTitle')}>
          <Text size="xs">{t('plan.missing')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
