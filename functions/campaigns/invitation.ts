import * as z from 'zod';
import { Landschaftsverband } from '../registry/jobcenter';

/**
 * One campaign's relation to one Jobcenter. Two independent tracks: `delivery` of the e-mail
 * (queued → sending → sent, or bounced) and `progress` of the answer (none → opened → draft →
 * submitted → confirmed, or returned for changes). A resend restarts delivery, never progress.
 * Every change after creation is one of the named `transitions` at the end of this file.
 */
export const Delivery = z.enum(['queued', 'sending', 'sent', 'bounced']).meta({ id: 'Delivery' });
export const Progress = z
  .enum(['none', 'opened', 'draft', 'submitted', 'returned', 'confirmed'])
  .meta({ id: 'Progress' });
export type Delivery = z.infer<typeof Delivery>;
export type Progress = z.infer<typeof Progress>;

export const Invitation = z
  .object({
    campaignId: z.string(),
    jobcenterId: z.string(),
    jobcenterName: z.string(),
    /** The Jobcenter's Landschaftsverband at invitation (filter of the campaign page). */
    landschaftsverband: Landschaftsverband.optional(),
    delivery: Delivery,
    progress: Progress,
    /** Idempotency key of the current send: `invitation#<n>`; a resend increments n. */
    sendKey: z.string(),
    sendCount: z.number().int().nonnegative(),
    leaseUntil: z.iso.datetime().optional(),
    queuedAt: z.iso.datetime(),
    sentAt: z.iso.datetime().optional(),
    messageId: z.string().optional(),
    recipients: z.array(z.string()).optional(),
    openedAt: z.iso.datetime().optional(),
    draftAt: z.iso.datetime().optional(),
    submittedAt: z.iso.datetime().optional(),
    submittedVersion: z.number().int().optional(),
    confirmedAt: z.iso.datetime().optional(),
    returnedAt: z.iso.datetime().optional(),
    returnComment: z.string().optional(),
    bouncedAt: z.iso.datetime().optional(),
    /**
     * SES refused the current send for good (IAM, rejected message, unverified sender): the
     * invitation stays queued but is neither retried nor swept until staff resend it.
     */
    sendFailure: z.object({ code: z.string(), at: z.iso.datetime() }).optional(),
    /** Hashes of the links that currently work (main link and hand-over links). */
    activeLinks: z.array(z.string()),
    /** The current main link, sealed (see link-seal.ts), so reminders can repeat it. */
    sealedLink: z.string().optional(),
    remindersPaused: z.boolean().optional(),
    /** Transient bounces SES reported for mail of this invitation. */
    softBounces: z.number().int().nonnegative().optional(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

/** What staff pages may see of an invitation: no link hashes, sealed links or leases. */
export const publicInvitation = ({ activeLinks: _l, sealedLink: _s, leaseUntil: _u, ...rest }: Invitation) =>
  rest;

/** The one status the campaign page shows per Jobcenter. */
export const DisplayStatus = z
  .enum(['queued', 'sent', 'opened', 'draft', 'submitted', 'returned', 'confirmed', 'bounced'])
  .meta({ id: 'DisplayStatus' });
export type DisplayStatus = z.infer<typeof DisplayStatus>;

export const displayStatus = (i: Pick<Invitation, 'delivery' | 'progress'>): DisplayStatus => {
  if (i.progress !== 'none') return i.progress;
  if (i.delivery === 'sending') return 'queued';
  return i.delivery;
};

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  queued: 'in Warteschlange',
  sent: 'versendet',
  opened: 'geöffnet',
  draft: 'in Bearbeitung',
  submitted: 'abgegeben',
  returned: 'zurückgegeben',
  confirmed: 'bestätigt',
  bounced: 'unzustellbar',
};

/** Answered = a declaration was submitted at least once. */
export const isAnswered = (i: Pick<Invitation, 'progress'>) =>
  i.progress === 'submitted' || i.progress === 'confirmed' || i.progress === 'returned';

export const summarise = (invitations: readonly Invitation[]) => {
  const counts = Object.fromEntries(DisplayStatus.options.map((s) => [s, 0])) as Record<
    DisplayStatus,
    number
  >;
  for (const i of invitations) counts[displayStatus(i)]++;
  const answered = invitations.filter(isAnswered).length;
  return {
    total: invitations.length,
    counts,
    answered,
    responseRate: invitations.length ? Math.round((answered / invitations.length) * 1000) / 10 : 0,
  };
};

/** When a conditional invitation update may apply. All given parts must hold. */
export type InvitationCondition = {
  deliveryIn?: readonly Delivery[];
  progressIn?: readonly Progress[];
  sendKey?: string;
  /** With deliveryIn: also matches one stuck in `sending` whose lease ended before this instant. */
  orLeaseExpiredBefore?: string;
};

/**
 * Whether `when` admits this invitation: the rule the store's condition expression applies to the
 * stored item (functions/store/campaign-store.ts; compared on DynamoDB Local in
 * test/integration/invitation-transitions.test.ts).
 */
export const conditionHolds = (
  when: InvitationCondition,
  i: Pick<Invitation, 'delivery' | 'progress' | 'sendKey' | 'leaseUntil'>,
): boolean => {
  if (when.deliveryIn?.length) {
    const expired =
      when.orLeaseExpiredBefore !== undefined &&
      i.delivery === 'sending' &&
      i.leaseUntil !== undefined &&
      i.leaseUntil < when.orLeaseExpiredBefore;
    if (!when.deliveryIn.includes(i.delivery) && !expired) return false;
  }
  if (when.progressIn?.length && !when.progressIn.includes(i.progress)) return false;
  if (when.sendKey && i.sendKey !== when.sendKey) return false;
  return true;
};

declare const named: unique symbol;

/**
 * One named change of an invitation: the condition it needs and the fields it sets and removes.
 * Only `transitions` makes them (the brand keeps use cases from building one ad hoc).
 */
export type InvitationTransition = {
  readonly when: InvitationCondition;
  readonly set: Partial<Invitation>;
  readonly remove: readonly (keyof Invitation)[];
  readonly [named]: true;
};

const transition = (
  when: InvitationCondition,
  set: Partial<Invitation>,
  remove: readonly (keyof Invitation)[] = [],
) => ({ when, set, remove }) as InvitationTransition;

/**
 * The state diagram of an invitation, as the only changes use cases may apply. Delivery and
 * progress are separate tracks; no transition moves both. test/unit/invitation-transitions.test.ts
 * checks every transition against every state.
 */
export const transitions = {
  /** Sender: queued (or stuck in sending past its lease) → sending, for this send key only. */
  claim: (sendKey: string, now: string, leaseUntil: string) =>
    transition(
      { deliveryIn: ['queued'], sendKey, orLeaseExpiredBefore: now },
      { delivery: 'sending', leaseUntil },
    ),
  /** Sender, after SES accepted the mail: sending → sent, with the new link. */
  markSent: (
    sendKey: string,
    sent: Required<Pick<Invitation, 'sentAt' | 'messageId' | 'recipients' | 'activeLinks' | 'sendCount'>> &
      Pick<Invitation, 'sealedLink'>,
  ) =>
    transition({ deliveryIn: ['sending'], sendKey }, { delivery: 'sent', ...sent }, [
      'leaseUntil',
      'sendFailure',
    ]),
  /** Sender, SES failed: sending → queued, so the queue's retry sends. */
  releaseClaim: (sendKey: string) =>
    transition({ deliveryIn: ['sending'], sendKey }, { delivery: 'queued' }, ['leaseUntil']),
  /**
   * Sender, SES refused for good: sending → queued with the failure recorded, so that neither the
   * queue nor the sweeper tries again (pending-send.ts) and the campaign page flags it until a resend.
   */
  markSendFailed: (sendKey: string, sendFailure: NonNullable<Invitation['sendFailure']>) =>
    transition({ deliveryIn: ['sending'], sendKey }, { delivery: 'queued', sendFailure }, ['leaseUntil']),
  /** Sender, every address is known to bounce: sending → bounced instead of retrying forever. */
  markUndeliverable: (sendKey: string, bouncedAt: string) =>
    transition({ deliveryIn: ['sending'], sendKey }, { delivery: 'bounced', bouncedAt }, [
      'leaseUntil',
      'sendFailure',
    ]),
  /** SES reported a hard bounce or complaint of the main contact: sent → bounced. */
  markBounced: (bouncedAt: string) =>
    transition({ deliveryIn: ['sent'] }, { delivery: 'bounced', bouncedAt }),
  /** MAGS corrected the contacts and the same link went out again: bounced → sent. */
  markResent: (
    sent: Required<Pick<Invitation, 'sentAt' | 'messageId' | 'recipients'>> &
      Partial<Pick<Invitation, 'activeLinks' | 'sealedLink'>>,
  ) => transition({ deliveryIn: ['bounced'] }, { delivery: 'sent', ...sent }, ['bouncedAt']),
  /**
   * MAGS resends: queued, sent or bounced → queued with the next send key and no working link
   * (not while a send is in flight), a recorded send failure cleared. Progress stays.
   */
  restartDelivery: (current: string, next: string, queuedAt: string) =>
    transition(
      { deliveryIn: ['sent', 'bounced', 'queued'], sendKey: current },
      { delivery: 'queued', sendKey: next, queuedAt, activeLinks: [] },
      ['leaseUntil', 'sealedLink', 'sendFailure'],
    ),
  /** A link was exchanged for a session: none → opened. */
  markOpened: (openedAt: string) => transition({ progressIn: ['none'] }, { progress: 'opened', openedAt }),
  /** First autosave: none or opened → draft. */
  markDraft: (draftAt: string) =>
    transition({ progressIn: ['none', 'opened'] }, { progress: 'draft', draftAt }),
  /** A version was submitted: anything but confirmed → submitted. */
  submit: (submittedAt: string, submittedVersion: number) =>
    transition(
      { progressIn: ['none', 'opened', 'draft', 'submitted', 'returned'] },
      { progress: 'submitted', submittedAt, submittedVersion },
    ),
  /** MAGS confirms the accession: submitted → confirmed. */
  confirm: (confirmedAt: string) =>
    transition({ progressIn: ['submitted'] }, { progress: 'confirmed', confirmedAt }),
  /** MAGS returns the declaration for changes, with a fresh link: submitted → returned. */
  returnForChanges: (returnedAt: string, returnComment: string, activeLinks: readonly string[]) =>
    transition(
      { progressIn: ['submitted'] },
      { progress: 'returned', returnedAt, returnComment, activeLinks: [...activeLinks] },
    ),
  /** Contacts corrected: the bounced invitation's links stop working until the new one is sent. */
  dropLinks: () =>
    transition({ deliveryIn: ['bounced'] }, { delivery: 'bounced', activeLinks: [] }, ['sealedLink']),
  /** A hand-over link joins the working links; no state changes. */
  addLinks: (activeLinks: readonly string[]) => transition({}, { activeLinks: [...activeLinks] }),
  /** Reminders paused or resumed for this Jobcenter; no state changes. */
  setRemindersPaused: (remindersPaused: boolean) => transition({}, { remindersPaused }),
} as const;

export type TransitionName = keyof typeof transitions;
