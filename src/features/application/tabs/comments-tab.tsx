import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { staffQuery } from '../../../api/staff';
import { applicationDetailQuery, postComment } from '../../../api/applications';
import { useCard } from '../card-context';
import { useCardLive } from '../live-detail';
import { ActionError } from '../forms/action-error';
import { clearDraft, draftKey, readDraft, writeDraft } from '../forms/drafts';
import { useIntentKey } from '../forms/intent-key';
import { requiredText, translateRule } from '../forms/rules';
import { isRetryable } from '../forms/send-action';
import { useCardFormat } from '../use-card-format';
import { MentionTextarea } from './mention-textarea';

/** The API's limit of a comment (docs/api.md): said before sending, never cut. */
export const COMMENT_MAX = 4000;

/** A comment's text with @mentions set off (still plain text: nothing is parsed as HTML). */
function CommentText(props: { text: string }) {
  const parts = props.text.split(/(@[\p{L}\p{N}._-]+)/u);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, i) =>
        part.startsWith('@') ? (
          <Text span key={i} c="flag.8" fw={600} inherit>
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

/** Comments of the application: add one (with @mentions), read the others, newest first. */
export function CommentsTab() {
  const { t, i18n } = useTranslation('application');
  const { detail, me, lng } = useCard();
  const fmt = useCardFormat();
  const queryClient = useQueryClient();
  const intent = useIntentKey();
  const { markOwn } = useCardLive();
  const appId = detail.application.id;
  const key = draftKey(appId, 'comments', me.staff.id);
  const staff = useQuery(staffQuery());
  const people = useMemo(
    () => (staff.data?.items ?? []).filter((s) => s.active && s.id !== me.staff.id).map((s) => ({ login: s.login, name: s.name[lng], role: fmt.role(s.role) })),
    [staff.data, me.staff.id, lng, fmt],
  );
  const [initial] = useState(() => {
    const draft = readDraft<{ text: string }>(key);
    return { text: typeof draft?.text === 'string' ? draft.text : '' };
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(v.object({ text: requiredText(COMMENT_MAX) }), { sync: true }),
    onValuesChange: (values) => writeDraft(key, values),
  });
  const mutation = useMutation({
    mutationFn: (body: { text: string; idempotencyKey: string }) => postComment(appId, body),
    retry: (count, error) => count < 2 && isRetryable(error),
    meta: { silent: true },
    onSuccess: (data) => {
      intent.done();
      clearDraft(key);
      form.reset();
      form.setValues({ text: '' });
      markOwn(data);
      queryClient.setQueryData(applicationDetailQuery(appId).queryKey, data);
      notifications.show({ color: 'teal', message: t('comments.sent'), autoClose: 3000 });
    },
  });
  const send = (text: string) => {
    if (mutation.isPending) return;
    mutation.mutate({ text, idempotencyKey: intent.keyFor({ appId, text }) });
  };
  const comments = [...detail.application.comments].reverse();
  const error = form.errors.text ? translateRule(t, form.errors.text, i18n.language) : undefined;

  return (
    <Stack gap="md">
      <form onSubmit={form.onSubmit((v) => send(v.text))} noValidate data-testid="comment-form">
        <Stack gap="xs">
          <MentionTextarea
            label={t('comments.new')}
            max={COMMENT_MAX}
            people={people}
            value={form.values.text}
            onChange={(v) => form.setFieldValue('text', v)}
            error={error}
          />
          <Text size="xs" c="dimmed">
            {t('comments.mentionHint')}
          </Text>
          <ActionError error={mutation.error} onReset={mutation.reset} onRetry={() => send(form.getValues().text)} />
          <Group>
            <Button type="submit" loading={mutation.isPending} disabled={mutation.isPending}>
              {t('comments.send')}
            </Button>
          </Group>
        </Stack>
      </form>
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="comments">
          {comments.map((c) => (
            <Paper key={c.id} withBorder p="sm" radius="sm">
              <Group justify="space-between" gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {fmt.person(c.authorId)}
                  {c.onBehalfOf ? ` ${t('history.onBehalfOf', { name: fmt.person(c.onBehalfOf) })}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(c.at)}
                </Text>
              </Group>
              <CommentText text={c.text} />
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
