import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_LENGTH } from './inbox-search-params';

/** The key that focuses the search (shown as a hint in the box). */
const SEARCH_KEY = '/';

/**
 * Search by registration number, name, IIN or BIN. Typing is applied after a short pause
 * (Enter applies at once); the address keeps the committed text.
 */
export function InboxSearch(props: { value: string; onCommit: (q: string) => void; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(props.value);
  const [committed, setCommitted] = useState(props.value);
  // The address changed from elsewhere (reset, saved view, back button): show it.
  if (props.value !== committed) {
    setCommitted(props.value);
    setText(props.value);
  }
  const commit = (value: string) => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean === props.value) return;
    setCommitted(clean);
    props.onCommit(clean);
  };
  const debounced = useDebouncedCallback(commit, 350);
  return (
    <TextInput
      ref={props.inputRef}
      type="search"
      size="sm"
      w={320}
      maxLength={MAX_SEARCH_LENGTH}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSectionWidth={text ? 32 : 36}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('search.clear')}
            onClick={() => {
              setText('');
              commit('');
            }}
          />
        ) : (
          <Kbd size="xs" aria-hidden>
            {SEARCH_KEY}
          </Kbd>
        )
      }
      aria-label={t('search.label')}
      placeholder={t('search.placeholder')}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        debounced(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          debounced.cancel?.();
          commit(text);
        }
        if (e.key === 'Escape') e.currentTarget.blur();
      }}
    />
  );
}
