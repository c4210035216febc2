import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Sky blue of the state flag (#00AFCA), darkened from index 6 on for text contrast. */
const flag: MantineColorsTuple = [
  '#e0fbff', '#cbf2fb', '#9ae2f5', '#64d2ef', '#3cc5ea', '#00afca', '#00879f', '#00778d', '#00667a', '#005466',
];
/** Gold of the flag (#FEC50C), used sparingly: the user's role, the active tab marker. */
const gold: MantineColorsTuple = [
  '#fff9e0', '#fff1cb', '#ffe39a', '#ffd464', '#fec50c', '#fdbd00', '#e0a800', '#c79500', '#ad8000', '#956c00',
];

/**
 * Status colours with AA contrast (WCAG 1.4.3): Mantine's defaults fail 4.5:1 for white text on
 * the filled shade (7) and for the light variant's text (9) on its tint (1). Shades 0–6 are
 * Mantine's; 7–9 are darkened in the same hue (white on 7 ≥ 4.6:1, 9 on 1 ≥ 5.9:1).
 */
const red: MantineColorsTuple = [
  '#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#d83838', '#c22a2a', '#a82323',
];
const orange: MantineColorsTuple = [
  '#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#c35106', '#b04508', '#9a3a0a',
];
const teal: MantineColorsTuple = [
  '#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0a8560', '#07704f', '#066245',
];
const green: MantineColorsTuple = [
  '#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#298439', '#237531', '#1d662a',
];

export const theme = createTheme({
  primaryColor: 'flag',
  primaryShade: { light: 7, dark: 5 },
  colors: { flag, gold, red, orange, teal, green },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PT Sans", "DejaVu Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * WCAG AA contrast (4.5:1) for secondary text: Mantine's "dimmed" (gray-6, 3.3:1 on white) and
 * placeholders and error texts are darkened in the light scheme (#5c646c: 6:1 on white, 5.4:1 on
 * gray-1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c646c',
    '--mantine-color-placeholder': '#6c757d',
    // Field errors: red-6 is 3.3:1 on white; red-8 of the palette above is 6:1.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
