/**
 * Notifications per staff member: created by the backend when work is handed to someone (an
 * assignment, a return) and when a comment mentions a colleague with `@login`.
 */
import type { Application, AuditEntry, StaffMember } from '../../domain/workflow/types.ts';

export type NotificationRecord = {
  id: string;
  staffId: string;
  kind: 'mention' | 'assigned' | 'returned';
  applicationId: string;
  regNo: string;
  at: string;
  byId: string | null;
  read: boolean;
  text?: string;
};

/** A notification for the new holder when someone else gave them the step. */
export function handoverNotifications(after: Application, event: AuditEntry, actorId: string): NotificationRecord[] {
  const to = after.assigneeId;
  if (!to || to === actorId || to === event.onBehalfOf) return [];
  return [
    {
      id: `n-${after.id}-${event.version}-${to}`,
      staffId: to,
      kind: event.outcome === 'returned' ? 'returned' : 'assigned',
      applicationId: after.id,
      regNo: after.regNo,
      at: event.at,
      byId: actorId,
      read: false,
      ...(event.comment ? { text: event.comment.slice(0, 500) } : {}),
    },
  ];
}

const MENTION = /@([a-z0-9][a-z0-9._-]{1,80})/gi;

/** Logins mentioned in a text ('@almaty.head1'), lower-cased, without a trailing dot. */
export function mentionedLogins(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(MENTION)) out.add(m[1].toLowerCase().replace(/\.+$/, ''));
  return [...out];
}

/** Mention notifications for colleagues of the same provider named in a comment. */
export function mentionNotifications(app: Application, text: string, colleagues: StaffMember[], authorId: string, at: string, version: number): NotificationRecord[] {
  const logins = new Set(mentionedLogins(text));
  return colleagues
    .filter((s) => logins.has(s.login.toLowerCase()) && s.id !== authorId)
    .map((s) => ({
      id: `n-${app.id}-${version}-m-${s.id}`,
      staffId: s.id,
      kind: 'mention' as const,
      applicationId: app.id,
      regNo: app.regNo,
      at,
      byId: authorId,
      read: false,
      text: text.slice(0, 500),
    }));
}
