import type { Session } from './records';

/** A form session ends after this long without a request (sliding), and at `expiresAt` at the latest. */
export const SESSION_IDLE_MINUTES = 60;
/** `lastSeenAt` is written at most this often, so most form requests stay read-only. */
export const SESSION_TOUCH_MINUTES = 5;

const lastSeen = (s: Pick<Session, 'createdAt' | 'lastSeenAt'>) => Date.parse(s.lastSeenAt ?? s.createdAt);

/** Idle for longer than the timeout (the touch resolution shortens it by at most 5 minutes). */
export const isIdleExpired = (s: Pick<Session, 'createdAt' | 'lastSeenAt'>, now: Date): boolean =>
  now.getTime() - lastSeen(s) >= SESSION_IDLE_MINUTES * 60_000;

export const needsTouch = (s: Pick<Session, 'createdAt' | 'lastSeenAt'>, now: Date): boolean =>
  now.getTime() - lastSeen(s) >= SESSION_TOUCH_MINUTES * 60_000;
