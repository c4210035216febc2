/** Mantine's Tooltip and with it Floating UI: a chunk of its own, loaded by `lazy-tip.tsx`. */
export { Tooltip } from '@mantine/core';
