import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { ActionFrame } from './action-frame';
import { commentRule, LIMITS, optionalText, requiredText, withComment } from './rules';
import { useActionForm } from './use-action-form';

/** Registration of the application at the chancellery (or by the executor). */
export function RegisterForm() {
  const { t } = useTranslation('application');
  const action = useActionForm({
    initialValues: { comment: '' },
    schema: v.object({ comment: commentRule }),
    toAction: (v) => withComment({ type: 'register' as const }, v.comment),
  });
  return <ActionFrame kind="register" action={action} submitLabel={t('submit.register')} hint={t('hint.register')} />;
}

/** The department head prepares the order and the registry. */
export function PrepareOrderForm() {
  const { t } = useTranslation('application');
  const action = useActionForm({
    initialValues: { orderNo: '', registryNo: '', comment: '' },
    schema: v.object({ orderNo: requiredText(LIMITS.number), registryNo: optionalText(LIMITS.number), comment: commentRule }),
    toAction: (v) =>
      withComment(
        { type: 'prepare_order' as const, orderNo: v.orderNo.trim(), ...(v.registryNo.trim() ? { registryNo: v.registryNo.trim() } : {}) },
        v.comment,
      ),
  });
  const { form } = action;
  return (
    <ActionFrame kind="prepare_order" action={action} submitLabel={t('submit.prepare_order')} hint={t('hint.prepare_order')}>
      <TextInput label={t('fields.orderNo')} withAsterisk {...form.getInputProps('orderNo')} />
      <TextInput label={t('fields.registryNo')} {...form.getInputProps('registryNo')} />
    </ActionFrame>
  );
}
