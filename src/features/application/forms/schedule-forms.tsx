import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { ActionFrame } from './action-frame';
import { DateField } from './date-field';
import { OutcomeChoice, useAllowedOutcomes } from './outcome-choice';
import { commentRule, requiredChoice, requiredDate, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** Expert attestation: the date of the test. */
export function ScheduleTestForm() {
  const { t } = useTranslation('application');
  const action = useActionForm({
    initialValues: { testDate: '', comment: '' },
    schema: v.object({ testDate: requiredDate, comment: commentRule }),
    toAction: (v) => withComment({ type: 'schedule_test' as const, testDate: v.testDate }, v.comment),
  });
  return (
    <ActionFrame kind="schedule_test" action={action} submitLabel={t('submit.schedule_test')} hint={t('hint.schedule_test')}>
      <DateField label={t('fields.testDate')} withAsterisk {...action.form.getInputProps('testDate')} />
    </ActionFrame>
  );
}

const isScore = (text: string) => {
  const score = text.trim();
  return score === '' || (/^\d+([.,]\d+)?$/.test(score) && Number(score.replace(',', '.')) <= 1000);
};
const scoreRule = v.pipe(v.string(), v.check(isScore, 'score'));

/** Expert attestation: the result of the test (passed / failed, optional score). */
export function RecordTestForm() {
  const { t } = useTranslation('application');
  const outcomes = useAllowedOutcomes('record_test');
  const action = useActionForm({
    initialValues: { outcome: '', score: '', comment: '' },
    schema: v.object({ outcome: requiredChoice, score: scoreRule, comment: commentRule }),
    toAction: (v) =>
      withComment(
        {
          type: 'record_test' as const,
          outcome: v.outcome as 'passed' | 'failed',
          ...(v.score.trim() ? { score: Number(v.score.trim().replace(',', '.')) } : {}),
        },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="record_test" action={action} submitLabel={t('submit.record_test')} hint={t('hint.record_test')}>
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} label={t('fields.testResult')} />
      <TextInput label={t('fields.score')} inputMode="decimal" maw={220} {...form.getInputProps('score')} />
    </ActionFrame>
  );
}

/** Ministry 2013: put the case before the licensing commission's meeting. */
export function PrepareCommissionForm() {
  const { t } = useTranslation('application');
  const action = useActionForm({
    initialValues: { meetingDate: '', comment: '' },
    schema: v.object({ meetingDate: requiredDate, comment: commentRule }),
    toAction: (v) => withComment({ type: 'prepare_commission' as const, meetingDate: v.meetingDate }, v.comment),
  });
  return (
    <ActionFrame kind="prepare_commission" action={action} submitLabel={t('submit.prepare_commission')} hint={t('hint.prepare_commission')}>
      <DateField label={t('fields.meetingDate')} withAsterisk {...action.form.getInputProps('meetingDate')} />
    </ActionFrame>
  );
}
