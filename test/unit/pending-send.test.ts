import { describe, expect, it } from 'vitest';
import { transitions } from '../../functions/campaigns/invitation';
import { isSendStuck, needsRequeue } from '../../functions/campaigns/pending-send';
import { invitationUpdate } from '../../functions/store/campaign-store';

const now = new Date('2026-12-01T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('pending sends: what the sweeper re-queues and the campaign page flags', () => {
  it('re-queues queued invitations and sends whose lease ended, never a running send or a sent one', () => {
    expect(needsRequeue({ delivery: 'queued', queuedAt: minutesAgo(6) }, now)).toBe(true);
    expect(
      needsRequeue({ delivery: 'sending', queuedAt: minutesAgo(6), leaseUntil: minutesAgo(1) }, now),
    ).toBe(true);
    expect(
      needsRequeue({ delivery: 'sending', queuedAt: minutesAgo(6), leaseUntil: minutesAgo(-1) }, now),
    ).toBe(false);
    expect(needsRequeue({ delivery: 'sent', queuedAt: minutesAgo(60) }, now)).toBe(false);
  });

  it('never re-queues a send SES refused for good, and flags it at once', () => {
    const failed = {
      delivery: 'queued',
      queuedAt: minutesAgo(6),
      sendFailure: { code: 'AccessDenied', at: minutesAgo(5) },
    } as const;
    expect(needsRequeue(failed, now)).toBe(false);
    expect(isSendStuck({ ...failed, queuedAt: minutesAgo(1) }, now)).toBe(true);
  });

  it('flags an invitation still unsent 30 minutes after it was queued', () => {
    expect(isSendStuck({ delivery: 'queued', queuedAt: minutesAgo(29) }, now)).toBe(false);
    expect(isSendStuck({ delivery: 'queued', queuedAt: minutesAgo(31) }, now)).toBe(true);
    expect(
      isSendStuck({ delivery: 'sending', queuedAt: minutesAgo(31), leaseUntil: minutesAgo(-1) }, now),
    ).toBe(true);
    expect(isSendStuck({ delivery: 'bounced', queuedAt: minutesAgo(90) }, now)).toBe(false);
  });
});

describe('the pending-send index entry follows every delivery transition (request shape)', () => {
  const t = '2026-12-01T10:00:00.000Z';
  it('claim and releaseClaim keep the entry in the campaign’s partition, sorted by the stored queuedAt', () => {
    for (const tr of [
      transitions.claim('invitation#1', t, t),
      transitions.releaseClaim('invitation#1'),
      transitions.markSendFailed('invitation#1', { code: 'AccessDenied', at: t }),
    ]) {
      const u = invitationUpdate('c-1', tr.when, tr.set, tr.remove);
      expect(u.UpdateExpression).toContain('#pendingKind = :pendingKind, #pendingSort = #pendingQueuedAt');
      expect((u.ExpressionAttributeValues as Record<string, unknown>)[':pendingKind']).toBe(
        'PENDING_SEND#c-1',
      );
      expect((u.ExpressionAttributeNames as Record<string, string>)['#pendingQueuedAt']).toBe('queuedAt');
    }
  });

  it('restartDelivery sorts the entry by the new queuedAt', () => {
    const tr = transitions.restartDelivery('invitation#1', 'invitation#2', t);
    const u = invitationUpdate('c-1', tr.when, tr.set, tr.remove);
    expect(u.UpdateExpression).toContain('#pendingSort = :pendingQueuedAt');
    expect((u.ExpressionAttributeValues as Record<string, unknown>)[':pendingQueuedAt']).toBe(t);
  });

  it('sent and bounced remove the entry; progress-only transitions leave it alone', () => {
    for (const tr of [transitions.markUndeliverable('invitation#1', t), transitions.markBounced(t)]) {
      const names = Object.values(
        invitationUpdate('c-1', tr.when, tr.set, tr.remove).ExpressionAttributeNames,
      );
      expect(names).toEqual(expect.arrayContaining(['listKind', 'listSort']));
    }
    const opened = transitions.markOpened(t);
    const names = Object.values(
      invitationUpdate('c-1', opened.when, opened.set, opened.remove).ExpressionAttributeNames,
    );
    expect(names).not.toContain('listKind');
  });
});
