/** Notifications per user (docs/api.md §Notifications). */
import * as v from 'valibot';
import { idSchema, isoDateTimeSchema, personRefSchema } from './common.ts';

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'returned', 'version_conflict'] as const;

export const notificationSchema = v.object({
  id: v.string(),
  kind: v.picklist(NOTIFICATION_KINDS),
  applicationId: v.string(),
  regNo: v.string(),
  at: isoDateTimeSchema,
  by: v.nullable(personRefSchema),
  read: v.boolean(),
  /** Comment text for mentions, reason for returns. */
  text: v.optional(v.string()),
});
export type NotificationDto = v.InferOutput<typeof notificationSchema>;

export const notificationListSchema = v.object({ items: v.array(notificationSchema), unread: v.number() });
export type NotificationList = v.InferOutput<typeof notificationListSchema>;

/** POST /api/notifications/read: mark the given ids, or all of mine. */
export const markReadRequestSchema = v.union([
  v.strictObject({ ids: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(500)) }),
  v.strictObject({ all: v.literal(true) }),
]);
export const markReadResponseSchema = v.object({ unread: v.number() });
