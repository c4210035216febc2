import { Checkbox, Group, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { CONCLUSION_BODIES, type ConclusionBody } from '../../../domain/workflow/types';
import { useCard } from '../card-context';
import { ActionFrame } from './action-frame';
import { LimitedTextarea } from './limited-textarea';
import { OutcomeChoice, useAllowedOutcomes } from './outcome-choice';
import { commentRule, LIMITS, requiredChoice, requiredText, withComment } from './rules';
import { useActionForm } from './use-action-form';

type Recorded = { body: string };
type Requested = { bodies: string[] };

/** Bodies requested and not answered yet (all bodies when nothing was recorded as requested). */
function pendingBodies(data: Record<string, unknown>): ConclusionBody[] {
  const requested = Array.isArray(data.conclusionsRequested) ? (data.conclusionsRequested as Requested[]).flatMap((r) => r.bodies ?? []) : [];
  const recorded = new Set(Array.isArray(data.conclusionsRecorded) ? (data.conclusionsRecorded as Recorded[]).map((r) => r.body) : []);
  const list = CONCLUSION_BODIES.filter((b) => requested.includes(b) && !recorded.has(b));
  return list.length > 0 ? list : [...CONCLUSION_BODIES];
}

/** Economy office: request the conclusions of other state bodies, pausing the clocks if allowed. */
export function RequestConclusionsForm() {
  const { t } = useTranslation('application');
  const action = useActionForm({
    initialValues: { bodies: [] as string[], pause: true, comment: '' },
    schema: v.object({ bodies: v.pipe(v.array(v.string()), v.minLength(1, 'chooseOne')), pause: v.boolean(), comment: commentRule }),
    toAction: (v) =>
      withComment({ type: 'request_conclusions' as const, bodies: v.bodies as ConclusionBody[], ...(v.pause ? { pause: true } : {}) }, v.comment),
  });
  const { form } = action;
  return (
    <ActionFrame kind="request_conclusions" action={action} submitLabel={t('submit.request_conclusions')} hint={t('hint.request_conclusions')}>
      <Checkbox.Group label={t('fields.bodies')} withAsterisk {...form.getInputProps('bodies')}>
        <Stack gap={6} mt={6}>
          {CONCLUSION_BODIES.map((b) => (
            <Checkbox key={b} value={b} label={t(`body.${b}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label={t('fields.pause')}
        description={t('fields.pauseHint', { ground: t('pauseGround.external_conclusion') })}
        {...form.getInputProps('pause', { type: 'checkbox' })}
      />
    </ActionFrame>
  );
}

/** Economy office: record the answer of a state body (positive / negative, summary). */
export function RecordConclusionForm() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const outcomes = useAllowedOutcomes('record_conclusion');
  const bodies = pendingBodies(detail.application.data);
  const action = useActionForm({
    initialValues: { body: bodies.length === 1 ? bodies[0] : '', outcome: '', summary: '', comment: '' },
    schema: v.object({ body: requiredChoice, outcome: requiredChoice, summary: requiredText(LIMITS.summary), comment: commentRule }),
    toAction: (v) =>
      withComment(
        { type: 'record_conclusion' as const, body: v.body as ConclusionBody, outcome: v.outcome as 'positive' | 'negative', summary: v.summary.trim() },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="record_conclusion" action={action} submitLabel={t('submit.record_conclusion')} hint={t('hint.record_conclusion')}>
      <Group align="flex-start" gap="lg">
        <Select
          label={t('fields.body')}
          withAsterisk
          w={340}
          data={bodies.map((b) => ({ value: b, label: t(`body.${b}`) }))}
          allowDeselect={false}
          {...form.getInputProps('body')}
        />
      </Group>
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} label={t('fields.bodyConclusion')} />
      <LimitedTextarea label={t('fields.summary')} withAsterisk max={LIMITS.summary} {...form.getInputProps('summary')} />
    </ActionFrame>
  );
}
