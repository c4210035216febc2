import { Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { useCard } from '../card-context';
import { defaultIssueVia, lines, refusalSeed, resultKind } from '../card-model';
import { ActionFrame } from './action-frame';
import { LimitedTextarea } from './limited-textarea';
import { commentRule, LIMITS, requiredChoice, requiredLines, requiredText, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** The executor drafts the result: licence, duplicate, reissued licence, certificate. */
export function PrepareResultForm() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const kind = resultKind(detail.variant.id);
  const action = useActionForm({
    initialValues: { documentNo: '', comment: '' },
    schema: v.object({ documentNo: requiredText(LIMITS.number), comment: commentRule }),
    toAction: (v) => withComment({ type: 'prepare_result' as const, documentNo: v.documentNo.trim() }, v.comment),
  });
  return (
    <ActionFrame
      kind="prepare_result"
      action={action}
      submitLabel={t('submit.prepare_result')}
      hint={t('hint.prepare_result', { result: t(`result.${kind}`) })}
    >
      <TextInput label={t(`fields.documentNo.${kind}`)} withAsterisk maw={360} {...action.form.getInputProps('documentNo')} />
    </ActionFrame>
  );
}

/** The executor drafts the motivated refusal (reasons prefilled from the check or conclusion). */
export function PrepareRefusalForm() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const action = useActionForm({
    initialValues: { reasons: refusalSeed(detail.application), comment: '' },
    schema: v.object({ reasons: requiredLines(), comment: commentRule }),
    toAction: (v) => withComment({ type: 'prepare_refusal' as const, reasons: lines(v.reasons) }, v.comment),
  });
  return (
    <ActionFrame kind="prepare_refusal" action={action} submitLabel={t('submit.prepare_refusal')} hint={t('hint.prepare_refusal')}>
      <LimitedTextarea
        label={t('fields.refusalReasons')}
        description={t('fields.onePerLine')}
        withAsterisk
        max={LIMITS.line * 5}
        {...action.form.getInputProps('reasons')}
      />
    </ActionFrame>
  );
}

const VIA = ['hand_out', 'gov_corporation', 'portal'] as const;

/** Handing the result (or the refusal) out: in person, via the State Corporation or the portal. */
export function IssueForm() {
  const { t } = useTranslation('application');
  const { detail, currentStep } = useCard();
  const refused = currentStep?.outcomes.done === 'end:refused';
  const action = useActionForm({
    initialValues: { via: defaultIssueVia(detail.application.channel) as string, comment: '' },
    schema: v.object({ via: requiredChoice, comment: commentRule }),
    toAction: (v) => withComment({ type: 'issue' as const, via: v.via as (typeof VIA)[number] }, v.comment),
  });
  return (
    <ActionFrame
      kind="issue"
      action={action}
      submitLabel={t(refused ? 'submit.issueRefusal' : 'submit.issue')}
      hint={t(refused ? 'hint.issueRefusal' : 'hint.issue')}
    >
      <Radio.Group label={t('fields.via')} withAsterisk {...action.form.getInputProps('via')}>
        <Stack gap={6} mt={6}>
          {VIA.map((v) => (
            <Radio key={v} value={v} label={t(`via.${v}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </ActionFrame>
  );
}
