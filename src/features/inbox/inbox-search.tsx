import { CloseButton, Kbd, Loader } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState, type CSSProperties, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_LENGTH } from './inbox-search-params';
import classes from './inbox-search.module.css';

/** The key that focuses the search (shown as a hint in the box). */
const SEARCH_KEY = '/';
/** How long a search may take before the magnifier turns into a spinner. */
const SPINNER_DELAY_MS = 200;

/**
 * Search by registration number, name, IIN or BIN, applied as the user types. `onSearch` settles
 * when the list for the text is shown (the screen keeps the previous rows until then); if that takes
 * a while, the magnifier turns into a spinner. Text being composed by an input method is applied when the
 * composition ends. `value` is the applied text, as the address has it.
 *
 * The box is a plain input drawn as Mantine's TextInput (`inbox-search.module.css`): the first
 * screen loads without the Input family's code, and a key re-renders only this.
 */
export function InboxSearch(props: { value: string; onSearch: (q: string) => Promise<void>; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(props.value);
  // The last applied text seen, and the texts this box asked for since the address last changed
  // elsewhere (while one is on its way the user types on: its arrival must not undo their keys).
  const [seen, setSeen] = useState(props.value);
  const [sent, setSent] = useState([props.value]);
  if (props.value !== seen) {
    setSeen(props.value);
    const own = sent.indexOf(props.value);
    // One of the box's own searches arriving: those asked for before it are done with.
    if (own >= 0) setSent(sent.slice(own));
    else {
      // The address changed elsewhere (reset, saved view, back button): show it.
      setSent([props.value]);
      setText(props.value);
    }
  }
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  const spinner = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(spinner.current), []);
  const commit = (value: string) => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean === sent.at(-1)) return;
    setSent((prev) => [...prev.slice(-50), clean]);
    const n = ++latest.current;
    // The spinner only for a list that keeps the user waiting: most lists come before it would
    // show, and drawing it with each key would delay the rows.
    clearTimeout(spinner.current);
    spinner.current = setTimeout(() => {
      if (latest.current === n) setPending(true);
    }, SPINNER_DELAY_MS);
    void props.onSearch(clean).finally(() => {
      if (latest.current !== n) return;
      clearTimeout(spinner.current);
      setPending(false);
    });
  };
  const composing = useRef(false);
  return (
    <div className={classes.box} style={{ '--search-end': `calc(${text ? 2 : 2.25}rem * var(--mantine-scale))` } as CSSProperties}>
      <span className={`${classes.section} ${classes.left}`}>
        {pending ? <Loader size={14} aria-label={t('state.refreshing')} /> : <IconSearch size={16} aria-hidden />}
      </span>
      <input
        ref={props.inputRef}
        type="search"
        className={classes.input}
        maxLength={MAX_SEARCH_LENGTH}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          if (!composing.current) commit(e.currentTarget.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          commit(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <span className={`${classes.section} ${classes.right}`}>
        {text ? (
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
        )}
      </span>
    </div>
  );
}
