import * as z from 'zod';
import {
  Delivery,
  DisplayStatus,
  displayStatus,
  type Invitation,
  type InvitationCondition,
  type InvitationTransition,
  Progress,
} from './invitation';

/**
 * The campaign summary: how many invitations are in each display status, kept exact by the store
 * on every transition (the counter update is part of the transition's own write) and rebuilt from
 * the invitations by the recount (use-cases/recount-summary.ts). The campaign page reads this one
 * item instead of every invitation. Pure functions only; the store applies them.
 */
export type StatusCounts = Record<DisplayStatus, number>;

export const CampaignSummary = z
  .object({
    campaignId: z.string(),
    counts: z.record(DisplayStatus, z.number().int()),
    /** Every counted change adds one; a recount writes only if none happened while it read. */
    changes: z.number().int().nonnegative(),
    recountedAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'CampaignSummary' });
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(DisplayStatus.options.map((s) => [s, 0])) as StatusCounts;

export const countStatuses = (invitations: readonly Pick<Invitation, 'delivery' | 'progress'>[]) => {
  const counts = emptyCounts();
  for (const i of invitations) counts[displayStatus(i)]++;
  return counts;
};

const ANSWERED: readonly DisplayStatus[] = ['submitted', 'returned', 'confirmed'];

/** What the page shows from the counts: total, per status, answered and the response rate in %. */
export const summaryFigures = (partial: Partial<StatusCounts>) => {
  const counts = { ...emptyCounts(), ...partial };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const answered = ANSWERED.reduce((sum, s) => sum + counts[s], 0);
  return {
    total,
    counts,
    answered,
    responseRate: total ? Math.round((answered / total) * 1000) / 10 : 0,
  };
};

/** The invitation after a transition: its fields set, its removals gone, the version one up. */
export const applyTransition = (before: Invitation, t: InvitationTransition): Invitation => {
  const after: Record<string, unknown> = { ...before, ...t.set, version: before.version + 1 };
  for (const key of t.remove) delete after[key];
  return after as Invitation;
};

export type StatusChange = { from: DisplayStatus; to: DisplayStatus };

/** The display status change a transition makes from this state, if any. */
export const statusChange = (
  before: Pick<Invitation, 'delivery' | 'progress'>,
  t: Pick<InvitationTransition, 'set'>,
): StatusChange | undefined => {
  const from = displayStatus(before);
  const to = displayStatus({
    delivery: t.set.delivery ?? before.delivery,
    progress: t.set.progress ?? before.progress,
  });
  return from === to ? undefined : { from, to };
};

/**
 * Whether the transition changes the display status from any state its condition admits. Those
 * that never do (claim, releaseClaim, markSendFailed, dropLinks, addLinks, setRemindersPaused) are written as
 * before, without touching the summary.
 */
export const mayChangeStatus = (t: InvitationTransition): boolean =>
  Delivery.options.some((delivery) =>
    Progress.options.some((progress) => {
      const admitted =
        (!t.when.deliveryIn?.length ||
          t.when.deliveryIn.includes(delivery) ||
          (t.when.orLeaseExpiredBefore !== undefined && delivery === 'sending')) &&
        (!t.when.progressIn?.length || t.when.progressIn.includes(progress));
      return admitted && statusChange({ delivery, progress }, t) !== undefined;
    }),
  );

/** The states of one display status, as a condition (e.g. queued = queued or sending, no progress). */
export const statusCondition = (status: DisplayStatus): InvitationCondition => {
  if (status === 'queued') return { deliveryIn: ['queued', 'sending'], progressIn: ['none'] };
  if (status === 'sent' || status === 'bounced') return { deliveryIn: [status], progressIn: ['none'] };
  return { progressIn: [status] };
};

const intersect = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined) =>
  a?.length && b?.length ? a.filter((x) => b.includes(x)) : a?.length ? a : b;

/**
 * The transition's condition, narrowed to invitations still in the display status read before:
 * the counter delta written with it is then exact, whatever happened in between.
 */
export const narrowTo = (when: InvitationCondition, status: DisplayStatus): InvitationCondition => {
  const own = statusCondition(status);
  const deliveryIn = intersect(when.deliveryIn, own.deliveryIn);
  const progressIn = intersect(when.progressIn, own.progressIn);
  if (deliveryIn?.length === 0 || progressIn?.length === 0)
    throw new Error(`status ${status} is outside the transition's condition`);
  return {
    ...when,
    ...(deliveryIn ? { deliveryIn } : {}),
    ...(progressIn ? { progressIn } : {}),
  };
};
