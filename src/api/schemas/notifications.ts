/** Notifications per user (docs/api.md §Notifications). */
import { z } from '../zod.ts';
import { idSchema, isoDateTimeSchema, personRefSchema } from './common.ts';

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'returned', 'version_conflict'] as const;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  applicationId: z.string(),
  regNo: z.string(),
  at: isoDateTimeSchema,
  by: z.nullable(personRefSchema),
  read: z.boolean(),
  /** Comment text for mentions, reason for returns. */
  text: z.optional(z.string()),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({ items: z.array(notificationSchema), unread: z.number() });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** POST /api/notifications/read: mark the given ids, or all of mine. */
export const markReadRequestSchema = z.union([
  z.strictObject({ ids: z.array(idSchema).check(z.minLength(1), z.maxLength(500)) }),
  z.strictObject({ all: z.literal(true) }),
]);
export const markReadResponseSchema = z.object({ unread: z.number() });
