import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** Sky blue of the state flag (#00AFCA), darkened from index 6 on for text contrast. */
const flag: MantineColorsTuple = [
  '#e0fbff', '#cbf2fb', '#9ae2f5', '#64d2ef', '#3cc5ea', '#00afca', '#00879f', '#00778d', '#00667a', '#005466',
];
/** Gold of the flag (#FEC50C), used sparingly: the user's role, the active tab marker. */
const gold: MantineColorsTuple = [
  '#fff9e0', '#fff1cb', '#ffe39a', '#ffd464', '#fec50c', '#fdbd00', '#e0a800', '#c79500', '#ad8000', '#956c00',
];

export const theme = createTheme({
  primaryColor: 'flag',
  primaryShade: { light: 7, dark: 5 },
  colors: { flag, gold },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PT Sans", "DejaVu Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});
