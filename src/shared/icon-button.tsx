import { UnstyledButton } from '@mantine/core';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import classes from './icon-button.module.css';

/**
 * A button showing only an icon, drawn as Mantine's ActionIcon (subtle, gray, md), for the first
 * screen: ActionIcon brings its group components along (≈ 1.3 kB of the initial JavaScript).
 * `aria-label` names it.
 */
export function IconButton(props: Omit<ComponentPropsWithRef<'button'>, 'className'> & { 'aria-label': string; children: ReactNode }) {
  return <UnstyledButton {...props} className={`mantine-active ${classes.button}`} />;
}
