import { Checkbox, useMantineTheme, type CheckboxProps, type MantineTheme } from '@mantine/core';
import type { ChangeEvent, CSSProperties } from 'react';

/**
 * Mantine Checkbox's variables at size xs (colour and radius from the theme), worked out once per
 * theme. The sizes and the filled icon colour are given as Checkbox's own stylesheet gives them
 * under its root class, which `Checkbox.classes` does not expose (its `root` is InlineInput's).
 */
const styles = new WeakMap<MantineTheme, CSSProperties>();
function rootStyle(theme: MantineTheme): CSSProperties {
  let style = styles.get(theme);
  if (!style) {
    style = {
      ...(Checkbox.varsResolver(theme, { size: 'xs', radius: 'sm', variant: 'filled' } as CheckboxProps, {}).root as CSSProperties),
      '--checkbox-size': 'calc(1rem * var(--mantine-scale))',
      '--checkbox-icon-color': 'var(--mantine-color-white)',
    } as CSSProperties;
    styles.set(theme, style);
  }
  return style;
}

/**
 * A row's selection box: Mantine's Checkbox (size xs, no label) drawn with its own classes and
 * variables, without the component. A list draws dozens at each new search, and the component's
 * props, styles and wrappers cost more than the rest of the row.
 */
export function RowCheckbox(props: { checked: boolean; label: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const theme = useMantineTheme();
  return (
    <div className={`${Checkbox.classes.root} mantine-Checkbox-root`} data-variant="filled" data-size="xs" style={rootStyle(theme)}>
      <div className={`${Checkbox.classes.inner} mantine-Checkbox-inner`}>
        <input
          type="checkbox"
          className={`mantine-focus-auto ${Checkbox.classes.input} mantine-Checkbox-input`}
          checked={props.checked}
          aria-label={props.label}
          onChange={props.onChange}
        />
        <svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" className={`${Checkbox.classes.icon} mantine-Checkbox-icon`}>
          <path
            d="M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z"
            fill="currentColor"
            fillRule="evenodd"
            clipRule="evenodd"
          />
        </svg>
      </div>
    </div>
  );
}
