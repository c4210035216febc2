import { useId, type CSSProperties, type ReactNode } from 'react';
import classes from './segmented.module.css';

/**
 * A choice of one among a few, side by side: a radio group drawn as Mantine's SegmentedControl
 * (size xs) without its sliding indicator, whose code (the indicator, its resize observer) the
 * first screen then does without. Native radios: Tab enters at the chosen one, the arrow keys
 * choose (the browser's radio group).
 */
export function Segmented<T extends string>(props: {
  label: string;
  value: T | '';
  onChange: (value: T) => void;
  data: Array<{ value: T; label: ReactNode }>;
  style?: CSSProperties;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={props.label} className={classes.root} style={props.style}>
      {props.data.map((item) => {
        const active = item.value === props.value;
        const id = `${name}-${item.value}`;
        return (
          <div key={item.value} className={classes.item} data-active={active || undefined}>
            <input
              id={id}
              className={classes.input}
              type="radio"
              name={name}
              value={item.value}
              checked={active}
              onChange={() => props.onChange(item.value)}
            />
            <label htmlFor={id} className={classes.label} data-active={active || undefined}>
              <span className={classes.text}>{item.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
