import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { lines } from '../card-model';
import { ActionFrame } from './action-frame';
import { DateField } from './date-field';
import { LimitedTextarea } from './limited-textarea';
import { OutcomeChoice, useAllowedOutcomes, withOutcomeRules } from './outcome-choice';
import { commentRule, LIMITS, requiredChoice, requiredDate, requiredLines, requiredText, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** Completeness check: complete, or incomplete with the missing documents (→ refusal branch). */
export function CheckCompletenessForm() {
  const { t } = useTranslation('application');
  const outcomes = useAllowedOutcomes('check_completeness');
  const action = useActionForm({
    initialValues: { outcome: '', missingDocuments: '', comment: '' },
    schema: withOutcomeRules({ outcome: requiredChoice, missingDocuments: v.string(), comment: commentRule }, 'incomplete', {
      missingDocuments: requiredLines(),
    }),
    toAction: (v) =>
      withComment(
        v.outcome === 'incomplete'
          ? { type: 'check_completeness' as const, outcome: 'incomplete' as const, missingDocuments: lines(v.missingDocuments) }
          : { type: 'check_completeness' as const, outcome: 'complete' as const },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="check_completeness" action={action} submitLabel={t('submit.check_completeness')} hint={t('hint.check_completeness')}>
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} />
      {form.values.outcome === 'incomplete' && (
        <LimitedTextarea
          label={t('fields.missingDocuments')}
          description={t('fields.onePerLine')}
          withAsterisk
          max={LIMITS.line * 5}
          {...form.getInputProps('missingDocuments')}
        />
      )}
    </ActionFrame>
  );
}

/** Licensing control: documents suffice, or a site visit with its date and findings. */
export function LicensingControlForm() {
  const { t } = useTranslation('application');
  const outcomes = useAllowedOutcomes('licensing_control');
  const action = useActionForm({
    initialValues: { outcome: '', visitDate: '', findings: '', comment: '' },
    schema: withOutcomeRules({ outcome: requiredChoice, visitDate: v.string(), findings: v.string(), comment: commentRule }, 'site_visit', {
      visitDate: requiredDate,
      findings: requiredText(LIMITS.findings),
    }),
    toAction: (v) =>
      withComment(
        v.outcome === 'site_visit'
          ? { type: 'licensing_control' as const, outcome: 'site_visit' as const, visitDate: v.visitDate, findings: v.findings.trim() }
          : { type: 'licensing_control' as const, outcome: 'documents_sufficient' as const },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="licensing_control" action={action} submitLabel={t('submit.licensing_control')} hint={t('hint.licensing_control')}>
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} />
      {form.values.outcome === 'site_visit' && (
        <>
          <DateField label={t('fields.visitDate')} withAsterisk {...form.getInputProps('visitDate')} />
          <LimitedTextarea label={t('fields.findings')} withAsterisk max={LIMITS.findings} {...form.getInputProps('findings')} />
        </>
      )}
    </ActionFrame>
  );
}

/** Conclusion of the executor: meets, or does not meet the requirements with the reasons. */
export function ConclusionForm() {
  const { t } = useTranslation('application');
  const outcomes = useAllowedOutcomes('conclusion');
  const action = useActionForm({
    initialValues: { outcome: '', reasons: '', comment: '' },
    schema: withOutcomeRules({ outcome: requiredChoice, reasons: v.string(), comment: commentRule }, 'does_not_meet', {
      reasons: requiredLines(),
    }),
    toAction: (v) =>
      withComment(
        v.outcome === 'does_not_meet'
          ? { type: 'conclusion' as const, outcome: 'does_not_meet' as const, reasons: lines(v.reasons) }
          : { type: 'conclusion' as const, outcome: 'meets' as const },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="conclusion" action={action} submitLabel={t('submit.conclusion')} hint={t('hint.conclusion')}>
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} />
      {form.values.outcome === 'does_not_meet' && (
        <LimitedTextarea
          label={t('fields.reasons')}
          description={t('fields.onePerLine')}
          withAsterisk
          max={LIMITS.line * 5}
          {...form.getInputProps('reasons')}
        />
      )}
    </ActionFrame>
  );
}

/** The licensing commission records its protocol (Ministry 2013). */
export function CommissionReviewForm() {
  const { t } = useTranslation('application');
  const outcomes = useAllowedOutcomes('commission_review');
  const action = useActionForm({
    initialValues: { protocolNo: '', outcome: '', comment: '' },
    schema: v.object({ protocolNo: requiredText(LIMITS.number), outcome: requiredChoice, comment: commentRule }),
    toAction: (v) =>
      withComment(
        { type: 'commission_review' as const, protocolNo: v.protocolNo.trim(), outcome: v.outcome as 'positive' | 'negative' },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="commission_review" action={action} submitLabel={t('submit.commission_review')} hint={t('hint.commission_review')}>
      <TextInput label={t('fields.protocolNo')} withAsterisk maw={320} {...form.getInputProps('protocolNo')} />
      <OutcomeChoice options={outcomes} inputProps={form.getInputProps('outcome')} label={t('fields.commissionDecision')} />
    </ActionFrame>
  );
}
