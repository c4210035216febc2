/** Mantine's notification stack (transitions, portal): a chunk of its own, loaded by `providers.tsx`. */
export { Notifications } from '@mantine/notifications';
