import { useEffect, useRef, type ChangeEvent } from 'react';
import classes from './select-box.module.css';

/**
 * A selection box of the inbox table (each row's, and the header's "select all"): a native
 * checkbox drawn as Mantine's Checkbox at size xs (`select-box.module.css`), without the component.
 * A list draws dozens at each new search, and the component's props, styles and wrappers cost more
 * than the rest of the row; the first screen also loads without Checkbox's code.
 *
 * `indeterminate` (some rows selected, not all) shows a dash and is announced as "mixed".
 */
export function SelectBox(props: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}) {
  const mixed = props.indeterminate === true && !props.checked;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <span className={classes.box}>
      <input
        ref={ref}
        type="checkbox"
        className={`mantine-focus-auto ${classes.input}`}
        checked={props.checked}
        data-indeterminate={mixed || undefined}
        aria-label={props.label}
        onChange={props.onChange}
      />
      {mixed ? (
        <svg viewBox="0 0 32 6" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" className={classes.icon}>
          <rect width="32" height="6" rx="3" fill="currentColor" />
        </svg>
      ) : (
        <svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" className={classes.icon}>
          <path
            d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
            fill="currentColor"
            fillRule="evenodd"
            clipRule="evenodd"
          />
        </svg>
      )}
    </span>
  );
}
