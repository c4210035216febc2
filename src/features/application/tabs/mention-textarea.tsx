import { Paper, Text, UnstyledButton } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextarea } from '../forms/limited-textarea';

export type Mentionable = { login: string; name: string; role: string };

/** The '@word' being typed just before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@([\p{L}\p{N}._-]{0,40})$/u.exec(before);
  return m ? { start: caret - m[2].length - 1, query: m[2].toLowerCase() } : null;
}

/**
 * A comment textarea that offers colleagues after '@' (arrows + Enter, or a click) and inserts
 * '@login '. The list sits under the field, so nothing covers what is being typed.
 */
export function MentionTextarea(props: {
  label: string;
  max: number;
  people: Mentionable[];
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  disabled?: boolean;
}) {
  const { t } = useTranslation('application');
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = mention
    ? props.people.filter((p) => p.login.toLowerCase().includes(mention.query) || p.name.toLowerCase().includes(mention.query)).slice(0, 8)
    : [];
  const open = matches.length > 0;

  const update = (value: string, caret: number) => {
    props.onChange(value);
    setMention(mentionAt(value, caret));
    setActive(0);
  };

  const insert = (login: string) => {
    if (!mention) return;
    const caret = ref.current?.selectionStart ?? props.value.length;
    const next = `${props.value.slice(0, mention.start)}@${login} ${props.value.slice(caret)}`;
    props.onChange(next);
    setMention(null);
    const pos = mention.start + login.length + 2;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      insert(matches[active].login);
    } else if (e.key === 'Escape') {
      setMention(null);
    }
  };

  return (
    <div>
      <LimitedTextarea
        ref={ref}
        label={props.label}
        max={props.max}
        value={props.value}
        error={props.error}
        disabled={props.disabled}
        minRows={3}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? 'mention-list' : undefined}
        onKeyDown={onKeyDown}
        onChange={(e) => update(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length)}
        onBlur={() => setTimeout(() => setMention(null), 150)}
      />
      {open && (
        <Paper withBorder shadow="sm" mt={4} p={4} maw={420} role="listbox" id="mention-list" aria-label={t('comments.mentionList')}>
          {matches.map((p, i) => (
            <UnstyledButton
              key={p.login}
              role="option"
              aria-selected={i === active}
              display="block"
              w="100%"
              px="xs"
              py={4}
              bg={i === active ? 'var(--mantine-color-flag-light)' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(p.login)}
            >
              <Text size="sm">{p.name}</Text>
              <Text size="xs" c="dimmed">
                {t('comments.mentionOption', { login: p.login, role: p.role })}
              </Text>
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </div>
  );
}
