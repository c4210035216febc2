/** Mantine's notification stack (transitions, portal): a chunk of its own, loaded by `notification-stack.tsx`. */
export { Notifications } from '@mantine/notifications';
