import { describe, expect, it } from 'vitest';
import { isMailStuck, mailNeedsRequeue } from '../../functions/outbox/pending-mail';

const now = new Date('2026-12-01T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('pending outbox mails: what the send sweeper re-queues and logs as stuck', () => {
  it('re-queues pending mails and claims whose lease ended, never a running send or a finished one', () => {
    expect(mailNeedsRequeue({ status: 'pending' }, now)).toBe(true);
    expect(mailNeedsRequeue({ status: 'sending', leaseUntil: minutesAgo(1) }, now)).toBe(true);
    expect(mailNeedsRequeue({ status: 'sending', leaseUntil: minutesAgo(-1) }, now)).toBe(false);
    expect(mailNeedsRequeue({ status: 'sent' }, now)).toBe(false);
    expect(mailNeedsRequeue({ status: 'failed' }, now)).toBe(false);
  });

  it('a mail still unsent 30 minutes after it was committed is stuck', () => {
    expect(isMailStuck({ status: 'pending', createdAt: minutesAgo(29) }, now)).toBe(false);
    expect(isMailStuck({ status: 'pending', createdAt: minutesAgo(31) }, now)).toBe(true);
    expect(isMailStuck({ status: 'sending', createdAt: minutesAgo(31) }, now)).toBe(true);
    expect(isMailStuck({ status: 'sent', createdAt: minutesAgo(90) }, now)).toBe(false);
    expect(isMailStuck({ status: 'failed', createdAt: minutesAgo(90) }, now)).toBe(false);
  });
});
