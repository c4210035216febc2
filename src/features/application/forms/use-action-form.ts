import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as v from 'valibot';
import { isApiError } from '../../../api/client';
import type { Action } from '../../../domain/workflow/types';
import { useCard } from '../card-context';
import { useCardLive } from '../live-detail';
import { clearDraft, draftKey, mergeDraft, readDraft, writeDraft } from './drafts';
import { translateRule } from './rules';
import { useSendAction } from './send-action';

/** Field problems of a 422 answer: `{ field: code }` (engine) or `[{ path, code }]` (schema). */
function serverIssues(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(details)) {
    for (const d of details) {
      if (d && typeof d === 'object' && typeof d.path === 'string') out[d.path.replace(/^action\./, '').split('.')[0]] = String(d.code ?? 'invalid');
    }
  } else if (details && typeof details === 'object') {
    for (const [path, code] of Object.entries(details)) out[path.replace(/^action\./, '').split('.')[0]] = String(code);
  }
  return out;
}

/**
 * An action form: @mantine/form validated by a valibot schema (messages translated when shown),
 * a draft in localStorage per application + step + user, and sending through `useSendAction`.
 */
export function useActionForm<V extends Record<string, unknown>>(options: {
  part?: string;
  initialValues: V;
  schema: v.GenericSchema;
  toAction: (values: V) => Action;
  /** Called instead of sending once the values are valid (the sign form opens its dialog). */
  onValid?: (values: V) => void;
}) {
  const card = useCard();
  const { t, i18n } = useTranslation('application');
  const key = draftKey(card.detail.application.id, card.currentStep?.id ?? 'none', card.me.staff.id, options.part);
  const [initialValues] = useState(() => mergeDraft(options.initialValues, readDraft<V>(key)));
  // Typed input (a kept draft counts) holds live updates back until the user reloads the card.
  const { setDirty } = useCardLive();
  const [pristine] = useState(() => JSON.stringify(options.initialValues));
  const typed = (values: V) => JSON.stringify(values) !== pristine;
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: schemaResolver(options.schema, { sync: true }),
    onValuesChange: (values) => {
      writeDraft(key, values);
      setDirty(key, typed(values));
    },
    enhanceGetInputProps: ({ inputProps }) =>
      inputProps.error ? { error: translateRule(t, inputProps.error, i18n.language) } : undefined,
  });
  const sender = useSendAction({
    onSuccess: () => {
      clearDraft(key);
      setDirty(key, false);
    },
  });
  useEffect(() => {
    setDirty(key, JSON.stringify(initialValues) !== pristine);
    return () => setDirty(key, false);
  }, [key, setDirty, initialValues, pristine]);

  // A 422 names the fields the server refused: show them at the fields, keep the input.
  const { error } = sender;
  const { setFieldError } = form;
  useEffect(() => {
    if (!isApiError(error, 'invalid_payload')) return;
    for (const [field, code] of Object.entries(serverIssues(error.details))) {
      if (field in initialValues) setFieldError(field, code === 'too_long' ? 'tooLong' : code === 'required' || code === 'empty' ? 'required' : 'invalid');
    }
  }, [error, setFieldError, initialValues]);

  const submit = form.onSubmit((values) => {
    sender.reset();
    if (options.onValid) options.onValid(values);
    else sender.send(options.toAction(values));
  });
  const retry = () => {
    const checked = form.validate();
    if (!checked.hasErrors) sender.send(options.toAction(form.getValues()));
  };
  return { form, submit, retry, sending: sender.sending, error: sender.error, reset: sender.reset, sendRaw: sender.send, toActionWith: options.toAction };
}

export type ActionForm<V extends Record<string, unknown>> = ReturnType<typeof useActionForm<V>>;
